<?php
// String building with .= and interpolation, strlen.
$total = 0;
$rounds = 4000;
for ($r = 0; $r < $rounds; $r++) {
    $s = "";
    for ($i = 0; $i < 2000; $i++) {
        $s .= "item $i of round $r;";
        if ($i % 100 == 0) {
            $s .= "[$r-$i]\n";
        }
    }
    $total += strlen($s);
}
for ($i = 0; $i < 3000000; $i++) {
    $t = "x" . $i . "y";
    $total += strlen($t);
}
echo "strings: $total\n";

--TEST--
continue inside switch acts like break (continue 2 targets the loop)
--FILE--
<?php
for ($i = 0; $i < 3; $i++) {
    switch ($i) {
        case 1:
            echo "one ";
            continue 2;
        default:
            echo "d$i ";
    }
    echo "after$i ";
}
echo "\n";
--EXPECT--
d0 after0 one d2 after2

--TEST--
goto out of nested foreach loops and switch, many times (iterators are dropped)
--FILE--
<?php
$n = 0;
again:
foreach ([1, 2, 3] as $v) {
    foreach (['a', 'b'] as $w) {
        if ($v == 2 && $w == 'b') { $n++; if ($n < 1000) goto again; goto out; }
    }
}
out:
echo "n=$n\n";
for ($i = 0; $i < 3; $i++) { switch ($i) { case 1: goto next; } echo $i; next: }
echo "\n";
--EXPECT--
n=1000
02

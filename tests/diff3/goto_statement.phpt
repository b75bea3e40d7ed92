--TEST--
goto and labels (a retry loop written with goto)
--FILE--
<?php
function find_slot(array $taken) {
    $slot = 0;
retry:
    if (isset($taken[$slot])) { $slot++; goto retry; }
    return $slot;
}
echo find_slot([0 => 1, 1 => 1, 3 => 1]), "\n";
$i = 0;
start:
$i++;
if ($i < 3) goto start;
goto done;
echo "skipped\n";
done:
echo "i=$i\n";
--EXPECT--
2
i=3

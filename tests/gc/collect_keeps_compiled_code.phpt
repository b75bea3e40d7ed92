--TEST--
garbage collections during a run keep compiled constants, names and functions alive
--FILE--
<?php
function label($i) { return "item-" . $i; }
$keep = [];
for ($round = 0; $round < 40; $round++) {
    $tmp = [];
    for ($i = 0; $i < 20000; $i++) {
        $tmp[] = label($i) . str_pad_free($i);
    }
    $keep[$round % 3] = $tmp;
}
function str_pad_free($i) { return $i % 2 ? "odd" : "even"; }
echo count($keep), " ", $keep[0][19999], " ", label(7), "\n";
const GREETING = "still here";
echo GREETING, " ", strlen("interned literal"), "\n";
--EXPECT--
3 item-19999odd item-7
still here 16

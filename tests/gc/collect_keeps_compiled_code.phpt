--TEST--
garbage collections during a run keep compiled constants, names and functions alive
--FILE--
<?php
function label($i) { return "item-" . $i; }
function parity($i) { return $i % 2 ? "odd" : "even"; }
const GREETING = "still here";
$keep = [];
for ($round = 0; $round < 6; $round++) {
    $tmp = [];
    for ($i = 0; $i < 20000; $i++) {
        $tmp[] = label($i) . parity($i) . str_repeat_free($i);
    }
    $keep[$round % 3] = $tmp;
    gc_collect_cycles();
}
function str_repeat_free($i) { return $i % 3 ? "-" : "+"; }
echo count($keep), " ", $keep[0][19999], " ", label(7), parity(8), "\n";
echo GREETING, " ", strlen("interned literal"), " ", "lit" . "eral", "\n";
var_dump(["a" => 1, "b" => [1, 2]]);
--EXPECT--
3 item-19999odd- item-7even
still here 16 literal
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}

--TEST--
array_replace_recursive(): nested arrays are replaced element by element
--FILE--
<?php
$base = ["citrus" => ["orange"], "berries" => ["blackberry", "raspberry"], "n" => [1, [2, 3]]];
$repl = ["citrus" => ["pineapple"], "berries" => [1 => "blueberry"], "n" => [1 => [1 => "x"]], "new" => "v"];
var_dump(array_replace_recursive($base, $repl));
var_dump(array_replace_recursive(["a" => [1]], ["a" => "scalar"], ["a" => [2]]));
--EXPECT--
array(4) {
  ["citrus"]=>
  array(1) {
    [0]=>
    string(9) "pineapple"
  }
  ["berries"]=>
  array(2) {
    [0]=>
    string(10) "blackberry"
    [1]=>
    string(9) "blueberry"
  }
  ["n"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    array(2) {
      [0]=>
      int(2)
      [1]=>
      string(1) "x"
    }
  }
  ["new"]=>
  string(1) "v"
}
array(1) {
  ["a"]=>
  array(1) {
    [0]=>
    int(2)
  }
}

--TEST--
resource values: var_dump, print_r, casts, gettype, json_encode, serialize, comparisons, array keys
--FILE--
<?php
$h = fopen('php://memory', 'r');
$g = fopen('php://memory', 'r');
var_dump($h);
print_r($h); echo "\n";
echo $h, "\n";
var_dump((string)$h, (int)$h, (float)$h, (bool)$h, (array)$h, intval($h), strval($h));
var_dump(gettype($h), get_debug_type($h), is_scalar($h), is_numeric($h), is_object($h), is_resource($h));
var_dump(json_encode($h), json_last_error(), json_last_error_msg());
var_dump(json_encode(['a' => $h]), json_last_error_msg());
var_dump(json_encode($h, JSON_PARTIAL_OUTPUT_ON_ERROR));
var_dump(serialize($h), serialize([$h]));
var_export($h); echo "\n";
var_dump($h == $h, $h === $h, $h == $g, $h === $g, $h < $g, $h <=> $g, $g <=> $h, $h == 5, $h == true, $h == "Resource id #5", $h + 1);
$a = [];
$a[$h] = 'x';
var_dump($a);
var_dump(isset($a[$h]), array_key_exists(5, $a));
$c = clone_it($h);
function clone_it($r) { return $r; }
var_dump($c === $h);
var_dump(in_array($h, [$g, $h], true), array_search($g, [$h, $g]));
var_dump(sprintf('%s %d', $h, $h));
var_dump(settype($h, 'string'), $h);
$x = $g;
settype($x, 'int');
var_dump($x);
fclose($g);
var_dump((string)$g, (int)$g, (bool)$g, gettype($g), json_encode($g), serialize($g));
var_dump($g);
print_r($g); echo "\n";
--EXPECTF--
resource(5) of type (stream)
Resource id #5
Resource id #5
string(14) "Resource id #5"
int(5)
float(5)
bool(true)
array(1) {
  [0]=>
  resource(5) of type (stream)
}
int(5)
string(14) "Resource id #5"
string(8) "resource"
string(17) "resource (stream)"
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
int(8)
string(21) "Type is not supported"
bool(false)
string(21) "Type is not supported"
string(4) "null"
string(4) "i:0;"
string(14) "a:1:{i:0;i:0;}"
NULL

Fatal error: Uncaught TypeError: Unsupported operand types: resource + int in %s:14
Stack trace:
#0 {main}
  thrown in %s on line 14

--TEST--
getTrace returns frames with function, class, type and args
--FILE--
<?php
class Svc {
    public function run($x) { return self::inner([$x]); }
    private static function inner(array $a) { throw new Exception("deep"); }
}
function outer() { return (new Svc)->run("arg"); }
try {
    outer();
} catch (Exception $e) {
    foreach ($e->getTrace() as $i => $f) {
        echo $i, ": ", $f['class'] ?? '', $f['type'] ?? '', $f['function'], " line ", $f['line'], " args=", count($f['args'] ?? []), "\n";
    }
    echo count($e->getTrace()), " frames\n";
    var_dump(array_keys($e->getTrace()[0]));
}
--EXPECT--
0: Svc::inner line 3 args=1
1: Svc->run line 6 args=1
2: outer line 8 args=0
3 frames
array(6) {
  [0]=>
  string(4) "file"
  [1]=>
  string(4) "line"
  [2]=>
  string(8) "function"
  [3]=>
  string(5) "class"
  [4]=>
  string(4) "type"
  [5]=>
  string(4) "args"
}

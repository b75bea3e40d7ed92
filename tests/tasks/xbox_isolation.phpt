--TEST--
xbox: every message runs in a fresh VM (globals, statics, constants, top-level code), declarations of the sender's files
--SKIPIF--
<?php if (!function_exists('xbox_task_start')) echo 'skip minphp only (xbox tasks)';
--FILE--
<?php
require __DIR__ . '/inc/helpers.inc';
echo "main top-level code\n";
$g = 'main global';
define('RUNTIME_CONST', 1);
if (true) { function conditional_fn() {} }
class Late extends Square {}
function counter() { static $n = 0; return ++$n; }
function xbox_process_message($m) {
    global $g;
    $GLOBALS['set_in_task'] = 1;
    return [
        'g' => $g,
        'counter' => counter() . counter(),
        'const' => defined('RUNTIME_CONST'),
        'helper' => helper_double($m),
        'area' => (new Late(3))->area(),
        'conditional' => function_exists('conditional_fn'),
        'shape' => (new Square(2)) instanceof Shape,
    ];
}
counter(); counter();
for ($i = 0; $i < 2; $i++) {
    xbox_task_result(xbox_task_start(21), 0, $r);
    var_dump($r);
}
var_dump(isset($set_in_task), counter());
--EXPECT--
helpers.inc top-level code runs only where it is included
main top-level code
array(7) {
  ["g"]=>
  NULL
  ["counter"]=>
  string(2) "12"
  ["const"]=>
  bool(false)
  ["helper"]=>
  int(42)
  ["area"]=>
  int(9)
  ["conditional"]=>
  bool(false)
  ["shape"]=>
  bool(true)
}
array(7) {
  ["g"]=>
  NULL
  ["counter"]=>
  string(2) "12"
  ["const"]=>
  bool(false)
  ["helper"]=>
  int(42)
  ["area"]=>
  int(9)
  ["conditional"]=>
  bool(false)
  ["shape"]=>
  bool(true)
}
bool(false)
int(3)

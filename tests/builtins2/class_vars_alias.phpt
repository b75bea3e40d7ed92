--TEST--
get_class_vars order and visibility; class_alias; get_declared_*
--FILE--
<?php
class P { public $pa = 1; protected $pb = [2]; private $pc = 'c'; static $ps = 5; private static $pps = 6; public int $typed; public ?int $tn = null;
  static function vars() { return get_class_vars('C'); } }
class C extends P { public $ca; private $cc = 3; static $cs; const K = 1; function vars2() { return get_class_vars('C'); } }
var_dump(get_class_vars('C'));
var_dump(P::vars());
$c = new C; var_dump($c->vars2());
try { get_class_vars("Nope"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(class_alias('C', 'Calias'));
var_dump(new Calias, get_class(new Calias), Calias::class);
var_dump(class_alias('C', 'Calias'));
var_dump(class_alias('Nope', 'X'));
var_dump(class_alias('C', 'P'));
var_dump(class_alias('stdClass', 'Std2'));
interface I {} trait T {}
var_dump(array_slice(get_declared_classes(), -3));
var_dump(array_slice(get_declared_interfaces(), -1));
var_dump(get_declared_traits());
var_dump(get_declared_classes()[0], in_array('Exception', get_declared_classes()), in_array('Traversable', get_declared_interfaces()));
--EXPECTF--
array(6) {
  ["ca"]=>
  NULL
  ["pa"]=>
  int(1)
  ["typed"]=>
  NULL
  ["tn"]=>
  NULL
  ["cs"]=>
  NULL
  ["ps"]=>
  int(5)
}
array(9) {
  ["ca"]=>
  NULL
  ["pa"]=>
  int(1)
  ["pb"]=>
  array(1) {
    [0]=>
    int(2)
  }
  ["pc"]=>
  string(1) "c"
  ["typed"]=>
  NULL
  ["tn"]=>
  NULL
  ["cs"]=>
  NULL
  ["ps"]=>
  int(5)
  ["pps"]=>
  int(6)
}
array(8) {
  ["ca"]=>
  NULL
  ["cc"]=>
  int(3)
  ["pa"]=>
  int(1)
  ["pb"]=>
  array(1) {
    [0]=>
    int(2)
  }
  ["typed"]=>
  NULL
  ["tn"]=>
  NULL
  ["cs"]=>
  NULL
  ["ps"]=>
  int(5)
}
get_class_vars(): Argument #1 ($class) must be a valid class name, Nope given
bool(true)
object(C)#3 (6) {
  ["pa"]=>
  int(1)
  ["pb":protected]=>
  array(1) {
    [0]=>
    int(2)
  }
  ["pc":"P":private]=>
  string(1) "c"
  ["typed"]=>
  uninitialized(int)
  ["tn"]=>
  NULL
  ["ca"]=>
  NULL
  ["cc":"C":private]=>
  int(3)
}
string(1) "C"
string(6) "Calias"

Warning: Cannot declare class Calias, because the name is already in use in %sclass_vars_alias.php on line 11
bool(false)

Warning: Class "Nope" not found in %sclass_vars_alias.php on line 12
bool(false)

Warning: Cannot declare class P, because the name is already in use in %sclass_vars_alias.php on line 13
bool(false)

Fatal error: Uncaught ValueError: class_alias(): Argument #1 ($class) must be a user-defined class name, internal class name given in %sclass_vars_alias.php:14
Stack trace:
#0 %sclass_vars_alias.php(14): class_alias('stdClass', 'Std2')
#1 {main}
  thrown in %sclass_vars_alias.php on line 14

--TEST--
reading a typed property before initialization is an Error
--FILE--
<?php
class A {
    public int $x;
    public ?string $s;
    public $untyped;
}
$a = new A;
var_dump($a);
var_dump($a->untyped);
try { echo $a->x; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump($a->s); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(isset($a->x));
$a->x = 5;
var_dump($a->x);
unset($a->x);
try { echo $a->x; } catch (Error $e) { echo $e->getMessage(), "\n"; }
print_r($a);
echo "\n";
--EXPECT--
object(A)#1 (1) {
  ["x"]=>
  uninitialized(int)
  ["s"]=>
  uninitialized(?string)
  ["untyped"]=>
  NULL
}
NULL
Error: Typed property A::$x must not be accessed before initialization
Typed property A::$s must not be accessed before initialization
bool(false)
int(5)
Typed property A::$x must not be accessed before initialization
A Object
(
    [untyped] => 
)

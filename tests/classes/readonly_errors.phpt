--TEST--
every way of modifying a readonly property fails
--FILE--
<?php
class A {
    public readonly int $n;
    public readonly array $arr;
    public function __construct() { $this->n = 1; $this->arr = [1]; }
}
$a = new A;
try { $a->n++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $a->n += 2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $a->arr[] = 2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { unset($a->n); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $r = &$a->n; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($a->n, $a->arr);
--EXPECT--
Cannot modify readonly property A::$n
Cannot modify readonly property A::$n
Cannot modify readonly property A::$arr
Cannot unset readonly property A::$n
Cannot modify readonly property A::$n
int(1)
array(1) {
  [0]=>
  int(1)
}

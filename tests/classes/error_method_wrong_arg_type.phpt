--TEST--
TypeError and ArgumentCountError from method calls
--FILE--
<?php
class Calc {
    public function add(int $a, int $b): int { return $a + $b; }
    public function ret(): int { return "oops"; }
}
$c = new Calc;
try { $c->add(1); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $c->add(1, "x"); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $c->ret(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo $c->add("5", 2.0), "\n";
--EXPECTF--
ArgumentCountError: Too few arguments to function Calc::add(), 1 passed in %s on line 7 and exactly 2 expected
TypeError: Calc::add(): Argument #2 ($b) must be of type int, string given, called in %s on line 8
Calc::ret(): Return value must be of type int, string returned
7

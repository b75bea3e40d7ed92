--TEST--
__invoke makes objects callable
--FILE--
<?php
class Multiplier {
    public function __construct(private int $factor) {}
    public function __invoke(int $x): int { return $x * $this->factor; }
}
$triple = new Multiplier(3);
echo $triple(5), "\n";
echo implode(",", array_map($triple, [1, 2, 3])), "\n";
var_dump(is_callable($triple), is_callable(new stdClass));
echo call_user_func($triple, 7), "\n";
echo call_user_func_array($triple, [8]), "\n";
try { $o = new stdClass; $o(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
15
3,6,9
bool(true)
bool(false)
21
24
Object of type stdClass is not callable

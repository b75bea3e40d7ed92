--TEST--
count()/sizeof() call Countable::count() (any mode); the result is converted to int
--FILE--
<?php
// count()/sizeof() call Countable::count() (any mode); the result is converted to int
class C implements Countable {
    public function __construct(private $n) {}
    public function count(): int { echo "count() "; return $this->n; }
}
class Loose implements Countable {
    #[\ReturnTypeWillChange]
    public function count() { return "12abc"; }
}
var_dump(count(new C(3)));
var_dump(sizeof(new C(0)));
var_dump(count(new C(2), COUNT_RECURSIVE));
var_dump(count(new Loose));
var_dump(is_countable(new C(1)), is_countable(new Loose), is_countable(new ArrayObject), is_countable(new stdClass), is_countable([]), is_countable("s"));
foreach ([new stdClass, new ArrayIterator([1]), 5, "str", null] as $v) {
    try { var_dump(count($v)); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
try { count(new C(1), 5); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
count() int(3)
count() int(0)
count() int(2)
int(12)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
count(): Argument #1 ($value) must be of type Countable|array, stdClass given
int(1)
count(): Argument #1 ($value) must be of type Countable|array, int given
count(): Argument #1 ($value) must be of type Countable|array, string given
count(): Argument #1 ($value) must be of type Countable|array, null given
count(): Argument #2 ($mode) must be either COUNT_NORMAL or COUNT_RECURSIVE

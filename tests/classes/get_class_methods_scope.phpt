--TEST--
get_class_methods lists methods visible in the calling scope
--FILE--
<?php
class A {
    public function pubA() {}
    protected function protA() {}
    private function privA() {}
    public static function statA() {}
    public function fromA() { return get_class_methods($this); }
}
class B extends A {
    public function pubB() {}
    private function privB() {}
    public function fromB() { return get_class_methods($this); }
}
print_r(get_class_methods('B'));
print_r((new B)->fromA());
print_r((new B)->fromB());
--EXPECT--
Array
(
    [0] => pubB
    [1] => fromB
    [2] => pubA
    [3] => statA
    [4] => fromA
)
Array
(
    [0] => pubB
    [1] => fromB
    [2] => pubA
    [3] => protA
    [4] => privA
    [5] => statA
    [6] => fromA
)
Array
(
    [0] => pubB
    [1] => privB
    [2] => fromB
    [3] => pubA
    [4] => protA
    [5] => statA
    [6] => fromA
)

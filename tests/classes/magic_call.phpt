--TEST--
__call for undefined and inaccessible methods
--FILE--
<?php
class Proxy {
    private function hidden() { return "hidden"; }
    public function real() { return "real"; }
    public function __call($name, $args) { return "__call($name, " . implode(",", $args) . ")"; }
    public function test() { return $this->hidden(); }
}
$p = new Proxy;
echo $p->anything(1, 2), "\n";
echo $p->real(), "\n";
echo $p->hidden(3), "\n";
echo $p->test(), "\n";
echo call_user_func([$p, 'dyn'], 'x'), "\n";
echo $p->{'with space'}(), "\n";
--EXPECT--
__call(anything, 1,2)
real
__call(hidden, 3)
hidden
__call(dyn, x)
__call(with space, )

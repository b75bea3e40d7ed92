--TEST--
changing the visibility of a trait method with as
--FILE--
<?php
trait T {
    private function secret() { return "secret"; }
    public function open() { return "open"; }
}
class C {
    use T { secret as public; open as private hidden; }
}
$c = new C;
echo $c->secret(), " ", $c->open(), "\n";
try { $c->hidden(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
secret open
Call to private method C::hidden() from global scope

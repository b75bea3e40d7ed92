--TEST--
a return in finally overrides the try's return and swallows exceptions
--FILE--
<?php
class A {
    public function f() { try { return "try"; } finally { return "finally"; } }
    public function g() { try { throw new Exception("lost"); } finally { return "finally wins"; } }
    public function h() {
        $x = 1;
        try { return $x; } finally { $x = 2; }
    }
}
$a = new A;
echo $a->f(), "\n", $a->g(), "\n", $a->h(), "\n";
--EXPECT--
finally
finally wins
1

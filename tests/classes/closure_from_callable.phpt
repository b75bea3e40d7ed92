--TEST--
Closure::fromCallable with all callable forms
--FILE--
<?php
class A {
    public $v = 'inst';
    public function m($x) { return "m:$x:{$this->v}"; }
    public static function s($x) { return "s:$x"; }
    private function p() { return "private"; }
    public function getPrivate() { return Closure::fromCallable([$this, 'p']); }
    public function __invoke($x) { return "invoke:$x"; }
}
$a = new A;
$fns = [
    Closure::fromCallable('strrev'),
    Closure::fromCallable([$a, 'm']),
    Closure::fromCallable(['A', 's']),
    Closure::fromCallable('A::s'),
    Closure::fromCallable($a),
    Closure::fromCallable(fn($x) => "arrow:$x"),
];
foreach ($fns as $f) echo $f("x"), "\n";
echo $a->getPrivate()(), "\n";
try { Closure::fromCallable([$a, 'p']); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { Closure::fromCallable('nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
x
m:x:inst
s:x
s:x
invoke:x
arrow:x
private
Failed to create closure from callable: cannot access private method A::p()
Failed to create closure from callable: function "nope" not found or invalid function name

--TEST--
TypeErrors name a self type by its class
--FILE--
<?php
class Version {
    public function compare(self $o): int { return 0; }
    public function maybe(?self $o) { return 1; }
    public function either(self|int $o) { return 1; }
    public function back($x): self { return $x; }
    public function selfish(Selfish $s) {}
}
class Selfish {}
$v = new Version;
foreach ([fn() => $v->compare('1.0'), fn() => $v->maybe(1.5), fn() => $v->either('x'), fn() => $v->back(5), fn() => $v->selfish(1)] as $f) {
    try { $f(); } catch (TypeError $e) { echo preg_replace_stub($e->getMessage()), "\n"; }
}
function preg_replace_stub($m) { $p = strpos($m, ', called in'); return $p === false ? $m : substr($m, 0, $p); }
--EXPECT--
Version::compare(): Argument #1 ($o) must be of type Version, string given
Version::maybe(): Argument #1 ($o) must be of type ?Version, float given
Version::either(): Argument #1 ($o) must be of type Version|int, string given
Version::back(): Return value must be of type Version, int returned
Version::selfish(): Argument #1 ($s) must be of type Selfish, int given

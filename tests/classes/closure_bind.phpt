--TEST--
Closure::bind and bindTo change $this and scope
--FILE--
<?php
class Secret { private $value = 42; private static $sv = 'static'; }
$peek = function () { return $this->value; };
$s = new Secret;
$bound = Closure::bind($peek, $s, Secret::class);
echo $bound(), "\n";
$b2 = $peek->bindTo($s, $s);
echo $b2(), "\n";
$unscoped = $peek->bindTo($s);
try { $unscoped(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$st = static function () { return self::$sv; };
$bs = Closure::bind($st, null, Secret::class);
echo $bs(), "\n";
$setter = function ($v) { $this->value = $v; return $this; };
$o = Closure::bind($setter, $s, Secret::class)(7);
echo $bound(), "\n";
var_dump($o === $s);
--EXPECT--
42
42
Cannot access private property Secret::$value
static
7
bool(true)

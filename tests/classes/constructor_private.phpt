--TEST--
a private constructor used by a static factory
--FILE--
<?php
class Singleton {
    private static $inst = null;
    public $n = 0;
    private function __construct() { echo "created\n"; }
    public static function get(): self {
        return self::$inst ??= new self();
    }
}
Singleton::get()->n++;
Singleton::get()->n++;
echo Singleton::get()->n, "\n";
var_dump(Singleton::get() === Singleton::get());
try { new Singleton; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
created
2
bool(true)
Call to private Singleton::__construct() from global scope

--TEST--
closures in static methods see static:: and self::
--FILE--
<?php
class Registry {
    protected static $items = [];
    public static function adder() { return function ($k, $v) { static::$items[$k] = $v; return count(self::$items); }; }
    public static function all() { return static::$items; }
}
$add = Registry::adder();
$add('a', 1);
echo $add('b', 2), "\n";
print_r(Registry::all());
--EXPECT--
2
Array
(
    [a] => 1
    [b] => 2
)

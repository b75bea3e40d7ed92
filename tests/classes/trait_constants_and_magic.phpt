--TEST--
__CLASS__ and self inside traits refer to the using class
--FILE--
<?php
trait Named {
    public static function who() { return __CLASS__ . "/" . self::class . "/" . static::class . "/" . __FUNCTION__ . "/" . __METHOD__; }
}
class P { use Named; }
class Q extends P {}
echo P::who(), "\n";
echo Q::who(), "\n";
--EXPECT--
P/P/P/who/Named::who
P/P/Q/who/Named::who

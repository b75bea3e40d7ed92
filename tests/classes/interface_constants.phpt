--TEST--
interface constants are inherited by implementing classes
--FILE--
<?php
interface HasVersion {
    const VERSION = "1.2";
    const MAJOR = 1;
}
interface Extended extends HasVersion {
    const FULL = self::VERSION . ".0";
}
class Impl implements Extended {
    function v() { return self::VERSION . " " . static::MAJOR . " " . self::FULL; }
}
echo HasVersion::VERSION, "\n";
echo Extended::MAJOR, "\n";
echo Impl::FULL, "\n";
echo (new Impl)->v(), "\n";
$o = new Impl;
echo $o::VERSION, "\n";
--EXPECT--
1.2
1
1.2.0
1.2 1 1.2.0
1.2

--TEST--
static properties are shared per declaring class
--FILE--
<?php
class Counter {
    public static $count = 0;
    protected static $log = [];
    static function inc() {
        self::$count++;
        static::$log[] = self::$count;
        return self::$count;
    }
    static function log() { return implode(",", self::$log); }
}
class Sub extends Counter {}
class Own extends Counter { public static $count = 100; }
Counter::inc();
Sub::inc();
echo Counter::$count, " ", Sub::$count, "\n";
Own::$count = 5;
echo Counter::$count, " ", Own::$count, "\n";
echo Counter::log(), "\n";
$c = 'Counter';
echo $c::$count, "\n";
$o = new Sub;
echo $o::$count, "\n";
Counter::$count += 10;
echo Sub::$count, "\n";
$r = &Counter::$count;
$r = 99;
echo Counter::$count, "\n";
--EXPECT--
2 2
2 5
1,2
2
2
12
99

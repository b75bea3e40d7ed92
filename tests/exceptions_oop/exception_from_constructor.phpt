--TEST--
an exception in a constructor means no object is assigned
--FILE--
<?php
class Conn {
    public static $made = 0;
    public function __construct($ok) {
        if (!$ok) throw new RuntimeException("cannot connect");
        self::$made++;
    }
}
$c = "unchanged";
try { $c = new Conn(false); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
var_dump($c, Conn::$made);
$d = new Conn(true);
var_dump(Conn::$made);
--EXPECT--
cannot connect
string(9) "unchanged"
int(0)
int(1)

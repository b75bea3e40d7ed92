--TEST--
static methods called through the class, an object, a string and self::
--FILE--
<?php
class MathUtil {
    public static function square($x) { return $x * $x; }
    public static function sumSquares(...$xs) {
        $t = 0;
        foreach ($xs as $x) $t += self::square($x);
        return $t;
    }
    public function viaThis($x) { return static::square($x) + $this->square($x); }
}
echo MathUtil::square(4), "\n";
echo MathUtil::sumSquares(1, 2, 3), "\n";
$m = new MathUtil;
echo $m::square(5), " ", $m->square(6), " ", $m->viaThis(2), "\n";
$c = 'MathUtil';
echo $c::square(7), "\n";
$f = 'square';
echo MathUtil::$f(8), "\n";
echo call_user_func(['MathUtil', 'square'], 9), "\n";
echo call_user_func('MathUtil::square', 10), "\n";
--EXPECT--
16
14
25 36 8
49
64
81
100

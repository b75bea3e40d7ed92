--TEST--
sin(), cos(), tan()
--FILE--
<?php
foreach ([0, M_PI_4, M_PI_2, M_PI, -M_PI / 3, 1e10] as $x) {
    var_dump(sin($x), cos($x), tan($x));
}
var_dump(sin(INF), cos(NAN));
--EXPECT--
float(0)
float(1)
float(0)
float(0.7071067811865475)
float(0.7071067811865476)
float(0.9999999999999999)
float(1)
float(6.123233995736766E-17)
float(16331239353195370)
float(1.2246467991473532E-16)
float(-1)
float(-1.2246467991473532E-16)
float(-0.8660254037844386)
float(0.5000000000000001)
float(-1.7320508075688767)
float(-0.4875060250875107)
float(0.873119622676856)
float(-0.5583496378112418)
float(NAN)
float(NAN)

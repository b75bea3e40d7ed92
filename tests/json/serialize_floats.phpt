--TEST--
serialize: d: with serialize_precision=-1, exponent 1.0E+25, INF, -INF, NAN, -0
--FILE--
<?php
foreach ([1.0, 0.1, 1e25, -0.0, 0.0, 1e-7, 1e15, 1e17, -1.5, 0.30000000000000004, INF, -INF, NAN, 5e-324] as $v) {
    echo serialize($v), "\n";
}
--EXPECT--
d:1;
d:0.1;
d:1.0E+25;
d:-0;
d:0;
d:1.0E-7;
d:1000000000000000;
d:1.0E+17;
d:-1.5;
d:0.30000000000000004;
d:INF;
d:-INF;
d:NAN;
d:5.0E-324;

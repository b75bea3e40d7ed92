--TEST--
unserialize: scalars, including i:+5, -0, d:.5, d:5., d:INF
--FILE--
<?php
foreach (['N;', 'b:0;', 'b:1;', 'i:0;', 'i:-17;', 'i:+5;', 'i:-0;', 'i:007;', 'd:0.5;', 'd:.5;', 'd:5.;', 'd:-1.5e-3;', 'd:1e400;', 'd:INF;', 'd:-INF;', 'd:NAN;', 'd:-0;', 's:0:"";', 's:3:"a;b";', 's:2:"é";'] as $s) {
    var_dump(unserialize($s));
}
--EXPECT--
NULL
bool(false)
bool(true)
int(0)
int(-17)
int(5)
int(0)
int(7)
float(0.5)
float(0.5)
float(5)
float(-0.0015)
float(INF)
float(INF)
float(-INF)
float(NAN)
float(-0)
string(0) ""
string(3) "a;b"
string(2) "é"

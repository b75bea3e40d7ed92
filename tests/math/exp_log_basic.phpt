--TEST--
exp(), log(), log10(), log1p(), expm1()
--FILE--
<?php
var_dump(exp(0), exp(1), exp(-1), exp(710), exp(-750), log(M_E), log(1), log(0), log(-1), log(INF));
var_dump(log10(1000), log10(0.001), log10(0), log1p(0), log1p(1e-10), log1p(-1), expm1(0), expm1(1e-10), expm1(1));
--EXPECT--
float(1)
float(2.718281828459045)
float(0.36787944117144233)
float(INF)
float(0)
float(1)
float(0)
float(-INF)
float(NAN)
float(INF)
float(3)
float(-3)
float(-INF)
float(0)
float(9.999999999500001E-11)
float(-INF)
float(0)
float(1.00000000005E-10)
float(1.718281828459045)

--TEST--
sinh(), cosh(), tanh() and their inverses
--FILE--
<?php
var_dump(sinh(0), sinh(1), cosh(0), cosh(1), tanh(1), tanh(100), cosh(1000));
var_dump(asinh(1), acosh(1), acosh(0.5), atanh(0.5), atanh(1), atanh(-1), atanh(2));
--EXPECT--
float(0)
float(1.1752011936438014)
float(1)
float(1.5430806348152437)
float(0.7615941559557649)
float(1)
float(INF)
float(0.881373587019543)
float(0)
float(NAN)
float(0.5493061443340548)
float(INF)
float(-INF)
float(NAN)

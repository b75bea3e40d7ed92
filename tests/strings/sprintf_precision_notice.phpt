--TEST--
sprintf() caps float precision at 53 digits with a notice
--FILE--
<?php
var_dump(sprintf("%.60f", 0.1));
var_dump(sprintf("%.53e", 1.0));
--EXPECTF--

Notice: sprintf(): Requested precision of 60 digits was truncated to PHP maximum of 53 digits in %s on line 2
string(55) "0.10000000000000000555111512312578270211815834045410156"
string(58) "1.00000000000000000000000000000000000000000000000000000e+0"

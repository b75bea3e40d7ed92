--TEST--
error_reporting() return values after setting various levels
--FILE--
<?php
var_dump(error_reporting(E_ALL));
var_dump(error_reporting(E_WARNING | E_NOTICE));
var_dump(error_reporting());
var_dump(error_reporting(-1));
var_dump(error_reporting());
var_dump(error_reporting("8"));
var_dump(error_reporting(null));
var_dump(error_reporting());
--EXPECT--
int(32767)
int(32767)
int(10)
int(10)
int(-1)
int(-1)
int(8)
int(8)

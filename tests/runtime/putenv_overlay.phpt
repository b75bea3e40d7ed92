--TEST--
putenv sets, empties and removes variables as getenv sees them
--FILE--
<?php
var_dump(putenv("MINPHP_T1=hello"));
var_dump(getenv("MINPHP_T1"));
var_dump(getenv()["MINPHP_T1"]);
putenv("MINPHP_T1=");
var_dump(getenv("MINPHP_T1"));
putenv("MINPHP_T1");
var_dump(getenv("MINPHP_T1"), array_key_exists("MINPHP_T1", getenv()));
putenv("MINPHP_T2=a=b");
var_dump(getenv("MINPHP_T2"));
--EXPECT--
bool(true)
string(5) "hello"
string(5) "hello"
string(0) ""
bool(false)
bool(false)
string(3) "a=b"

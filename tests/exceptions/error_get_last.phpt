--TEST--
error_get_last sees what the standard handler got, silenced or not; error_clear_last
--FILE--
<?php
var_dump(error_get_last());
@trigger_error("silenced", E_USER_WARNING);
$last = error_get_last();
var_dump($last["type"], $last["message"], $last["line"], $last["file"] === __FILE__);
echo @$undefined;
var_dump(error_get_last()["message"]);
error_clear_last();
var_dump(error_get_last());
set_error_handler(function () { return true; });
echo $handled;
var_dump(error_get_last());
set_error_handler(function () { return false; });
echo @$not_handled;
var_dump(error_get_last()["message"]);
--EXPECT--
NULL
int(512)
string(8) "silenced"
int(3)
bool(true)
string(29) "Undefined variable $undefined"
NULL
NULL
string(31) "Undefined variable $not_handled"

--TEST--
parse_str() stops after 1000 variables with a warning
--FILE--
<?php
$q = "";
for ($i = 0; $i < 1002; $i++) $q .= "v" . $i . "=1&";
parse_str($q, $out);
var_dump(count($out));
--EXPECTF--

Warning: parse_str(): Input variables exceeded 1000. To increase the limit change max_input_vars in php.ini. in %s on line 4
int(1000)

--TEST--
execution continues after warnings and deprecations
--FILE--
<?php
$a = [];
echo $a['x'] ?? 'coalesce silent', "\n";
echo @$a['y'], "silenced\n";
echo $a['z'], "continued\n";
--EXPECTF--
coalesce silent
silenced

Warning: Undefined array key "z" in %s on line 5
continued

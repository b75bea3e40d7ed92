--TEST--
display_errors=0 hides warnings and fatal error messages
--INI--
display_errors=0
--FILE--
<?php
echo $undef;
echo "visible\n";
undefined_function();
echo "not reached\n";
--EXPECT--
visible

--TEST--
date(): zone characters e I O P p T Z in UTC
--FILE--
<?php
echo date("e|I|O|P|p|T|Z", 1700000000), "\n";
--EXPECT--
UTC|0|+0000|+00:00|Z|UTC|0

--TEST--
a warning does not change the successful exit output
--FILE--
<?php
echo $undefined ?? "coalesced\n";
echo $also_undefined;
echo "end\n";
--EXPECTF--
coalesced

Warning: Undefined variable $also_undefined in %s on line 3
end

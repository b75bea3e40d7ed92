--TEST--
unset($undef['k']) warns 'Undefined variable'
--FILE--
<?php
unset($nope['x']);
unset($nope2['a']['b']);
echo "done\n";
--EXPECTF--

Warning: Undefined variable $nope in %s on line 2

Warning: Undefined variable $nope2 in %s on line 3
done

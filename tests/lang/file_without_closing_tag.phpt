--TEST--
a file without closing tag and trailing newlines outputs nothing extra
--FILE--
<?php
echo "end";
--EXPECT--
end

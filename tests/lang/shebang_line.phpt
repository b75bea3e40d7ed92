--TEST--
a #! first line is not printed
--FILE--
#!/usr/bin/env php
<?php
echo "shebang skipped\n";
--EXPECT--
shebang skipped

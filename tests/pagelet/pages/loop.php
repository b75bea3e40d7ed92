<?php
echo "started";
pagelet_server_flush();
for (;;) { $x = ($x ?? 0) + 1; }

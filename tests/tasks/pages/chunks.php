<?php
// two flushed chunks with pauses, then the rest
echo "first";
pagelet_server_flush();
usleep(150000);
echo "second";
pagelet_server_flush();
pagelet_server_flush();   // an empty flush adds no chunk
usleep(150000);
echo "last";

<?php
http_response_code(202);
echo "printed";
exit(3);
echo "never";

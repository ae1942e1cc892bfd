(define (problem q) (:domain d)
(:objects
  obj0
  obj1
  obj2
  obj3
  obj4
  obj5
  obj6
  obj7
  obj8
  obj9
  obj10
  obj11
  obj12
  obj13
  obj14
  obj15
  obj16
  obj17
  obj18
  obj19
  obj20
  obj21
  obj22
  obj23
  obj24
  obj25
  obj26
  obj27
  obj28
  obj29
  obj30
  obj31
  obj32
  obj33
  obj34
  obj35
  obj36
  obj37
  obj38
  obj39
  obj40
  obj41
  obj42
  obj43
  obj44
  obj45
  obj46
  obj47
  obj48
  obj49
  obj50
  obj51
  obj52
  obj53
  obj54
  obj55
  obj56
  obj57
  obj58
  obj59
  obj60
  obj61
  obj62
  obj63
  obj64
  obj65
  obj66
  obj67
  obj68
  obj69
  obj70
  obj71
  obj72
  obj73
  obj74
  obj75
  obj76
  obj77
  obj78
  obj79
  obj80
  obj81
  obj82
  obj83
  obj84
  obj85
  obj86
  obj87
  obj88
  obj89
  obj90
  obj91
  obj92
  obj93
  obj94
  obj95
  obj96
  obj97
  obj98
  obj99
  obj100
  obj101
  obj102
  obj103
  obj104
  obj105
  obj106
  obj107
  obj108
  obj109
  obj110
  obj111
  obj112
  obj113
  obj114
  obj115
  obj116
  obj117
  obj118
  obj119
  obj120
  obj121
  obj122
  obj123
  obj124
  obj125
  obj126
  obj127
  obj128
  obj129
  obj130
  obj131
  obj132
  obj133
  obj134
  obj135
  obj136
  obj137
  obj138
  obj139
  obj140
  obj141
  obj142
  obj143
  obj144
  obj145
  obj146
  obj147
  obj148
  obj149
  obj150
  obj151
  obj152
  obj153
  obj154
  obj155
  obj156
  obj157
  obj158
  obj159
  obj160
  obj161
  obj162
  obj163
  obj164
  obj165
  obj166
  obj167
  obj168
  obj169
  obj170
  obj171
  obj172
  obj173
  obj174
  obj175
  obj176
  obj177
  obj178
  obj179
  obj180
  obj181
  obj182
  obj183
  obj184
  obj185
  obj186
  obj187
  obj188
  obj189
  obj190
  obj191
  obj192
  obj193
  obj194
  obj195
  obj196
  obj197
  obj198
  obj199
  obj200
  obj201
  obj202
  obj203
  obj204
  obj205
  obj206
  obj207
  obj208
  obj209
  obj210
  obj211
  obj212
  obj213
  obj214
  obj215
  obj216
  obj217
  obj218
  obj219
  obj220
  obj221
  obj222
  obj223
  obj224
  obj225
  obj226
  obj227
  obj228
  obj229
  obj230
  obj231
  obj232
  obj233
  obj234
  obj235
  obj236
  obj237
  obj238
  obj239
  obj240
  obj241
  obj242
  obj243
  obj244
  obj245
  obj246
  obj247
  obj248
  obj249
  obj250
  obj251
  obj252
  obj253
  obj254
  obj255
  obj256
  obj257
  obj258
  obj259
  obj260
  obj261
  obj262
  obj263
  obj264
  obj265
  obj266
  obj267
  obj268
  obj269
  obj270
  obj271
  obj272
  obj273
  obj274
  obj275
  obj276
  obj277
  obj278
  obj279
  obj280
  obj281
  obj282
  obj283
  obj284
  obj285
  obj286
  obj287
  obj288
  obj289
  obj290
  obj291
  obj292
  obj293
  obj294
  obj295
  obj296
  obj297
  obj298
  obj299
  obj300
  obj301
  obj302
  obj303
  obj304
  obj305
  obj306
  obj307
  obj308
  obj309
  obj310
  obj311
  obj312
  obj313
  obj314
  obj315
  obj316
  obj317
  obj318
  obj319
  obj320
  obj321
  obj322
  obj323
  obj324
  obj325
  obj326
  obj327
  obj328
  obj329
  obj330
  obj331
  obj332
  obj333
  obj334
  obj335
  obj336
  obj337
  obj338
  obj339
  obj340
  obj341
  obj342
  obj343
  obj344
  obj345
  obj346
  obj347
  obj348
  obj349
  obj350
  obj351
  obj352
  obj353
  obj354
  obj355
  obj356
  obj357
  obj358
  obj359
  obj360
  obj361
  obj362
  obj363
  obj364
  obj365
  obj366
  obj367
  obj368
  obj369
  obj370
  obj371
  obj372
  obj373
  obj374
  obj375
  obj376
  obj377
  obj378
  obj379
  obj380
  obj381
  obj382
  obj383
  obj384
  obj385
  obj386
  obj387
  obj388
  obj389
  obj390
  obj391
  obj392
  obj393
  obj394
  obj395
  obj396
  obj397
  obj398
  obj399
  obj400
  obj401
  obj402
  obj403
  obj404
  obj405
  obj406
  obj407
  obj408
  obj409
  obj410
  obj411
  obj412
  obj413
  obj414
  obj415
  obj416
  obj417
  obj418
  obj419
  obj420
  obj421
  obj422
  obj423
  obj424
  obj425
  obj426
  obj427
  obj428
  obj429
  obj430
  obj431
  obj432
  obj433
  obj434
  obj435
  obj436
  obj437
  obj438
  obj439
  obj440
  obj441
  obj442
  obj443
  obj444
  obj445
  obj446
  obj447
  obj448
  obj449
  obj450
  obj451
  obj452
  obj453
  obj454
  obj455
  obj456
  obj457
  obj458
  obj459
  obj460
  obj461
  obj462
  obj463
  obj464
  obj465
  obj466
  obj467
  obj468
  obj469
  obj470
  obj471
  obj472
  obj473
  obj474
  obj475
  obj476
  obj477
  obj478
  obj479
  obj480
  obj481
  obj482
  obj483
  obj484
  obj485
  obj486
  obj487
  obj488
  obj489
  obj490
  obj491
  obj492
  obj493
  obj494
  obj495
  obj496
  obj497
  obj498
  obj499
  obj500
  obj501
  obj502
  obj503
  obj504
  obj505
  obj506
  obj507
  obj508
  obj509
  obj510
  obj511
  obj512
  obj513
  obj514
  obj515
  obj516
  obj517
  obj518
  obj519
  obj520
  obj521
  obj522
  obj523
  obj524
  obj525
  obj526
  obj527
  obj528
  obj529
  obj530
  obj531
  obj532
  obj533
  obj534
  obj535
  obj536
  obj537
  obj538
  obj539
  obj540
  obj541
  obj542
  obj543
  obj544
  obj545
  obj546
  obj547
  obj548
  obj549
  obj550
  obj551
  obj552
  obj553
  obj554
  obj555
  obj556
  obj557
  obj558
  obj559
  obj560
  obj561
  obj562
  obj563
  obj564
  obj565
  obj566
  obj567
  obj568
  obj569
  obj570
  obj571
  obj572
  obj573
  obj574
  obj575
  obj576
  obj577
  obj578
  obj579
  obj580
  obj581
  obj582
  obj583
  obj584
  obj585
  obj586
  obj587
  obj588
  obj589
  obj590
  obj591
  obj592
  obj593
  obj594
  obj595
  obj596
  obj597
  obj598
  obj599
  obj600
  obj601
  obj602
  obj603
  obj604
  obj605
  obj606
  obj607
  obj608
  obj609
  obj610
  obj611
  obj612
  obj613
  obj614
  obj615
  obj616
  obj617
  obj618
  obj619
  obj620
  obj621
  obj622
  obj623
  obj624
  obj625
  obj626
  obj627
  obj628
  obj629
  obj630
  obj631
  obj632
  obj633
  obj634
  obj635
  obj636
  obj637
  obj638
  obj639
  obj640
  obj641
  obj642
  obj643
  obj644
  obj645
  obj646
  obj647
  obj648
  obj649
  obj650
  obj651
  obj652
  obj653
  obj654
  obj655
  obj656
  obj657
  obj658
  obj659
  obj660
  obj661
  obj662
  obj663
  obj664
  obj665
  obj666
  obj667
  obj668
  obj669
  obj670
  obj671
  obj672
  obj673
  obj674
  obj675
  obj676
  obj677
  obj678
  obj679
  obj680
  obj681
  obj682
  obj683
  obj684
  obj685
  obj686
  obj687
  obj688
  obj689
  obj690
  obj691
  obj692
  obj693
  obj694
  obj695
  obj696
  obj697
  obj698
  obj699
  obj700
  obj701
  obj702
  obj703
  obj704
  obj705
  obj706
  obj707
  obj708
  obj709
  obj710
  obj711
  obj712
  obj713
  obj714
  obj715
  obj716
  obj717
  obj718
  obj719
  obj720
  obj721
  obj722
  obj723
  obj724
  obj725
  obj726
  obj727
  obj728
  obj729
  obj730
  obj731
  obj732
  obj733
  obj734
  obj735
  obj736
  obj737
  obj738
  obj739
  obj740
  obj741
  obj742
  obj743
  obj744
  obj745
  obj746
  obj747
  obj748
  obj749
  obj750
  obj751
  obj752
  obj753
  obj754
  obj755
  obj756
  obj757
  obj758
  obj759
  obj760
  obj761
  obj762
  obj763
  obj764
  obj765
  obj766
  obj767
  obj768
  obj769
  obj770
  obj771
  obj772
  obj773
  obj774
  obj775
  obj776
  obj777
  obj778
  obj779
  obj780
  obj781
  obj782
  obj783
  obj784
  obj785
  obj786
  obj787
  obj788
  obj789
  obj790
  obj791
  obj792
  obj793
  obj794
  obj795
  obj796
  obj797
  obj798
  obj799
  obj800
  obj801
  obj802
  obj803
  obj804
  obj805
  obj806
  obj807
  obj808
  obj809
  obj810
  obj811
  obj812
  obj813
  obj814
  obj815
  obj816
  obj817
  obj818
  obj819
  obj820
  obj821
  obj822
  obj823
  obj824
  obj825
  obj826
  obj827
  obj828
  obj829
  obj830
  obj831
  obj832
  obj833
  obj834
  obj835
  obj836
  obj837
  obj838
  obj839
  obj840
  obj841
  obj842
  obj843
  obj844
  obj845
  obj846
  obj847
  obj848
  obj849
  obj850
  obj851
  obj852
  obj853
  obj854
  obj855
  obj856
  obj857
  obj858
  obj859
  obj860
  obj861
  obj862
  obj863
  obj864
  obj865
  obj866
  obj867
  obj868
  obj869
  obj870
  obj871
  obj872
  obj873
  obj874
  obj875
  obj876
  obj877
  obj878
  obj879
  obj880
  obj881
  obj882
  obj883
  obj884
  obj885
  obj886
  obj887
  obj888
  obj889
  obj890
  obj891
  obj892
  obj893
  obj894
  obj895
  obj896
  obj897
  obj898
  obj899
  obj900
  obj901
  obj902
  obj903
  obj904
  obj905
  obj906
  obj907
  obj908
  obj909
  obj910
  obj911
  obj912
  obj913
  obj914
  obj915
  obj916
  obj917
  obj918
  obj919
  obj920
  obj921
  obj922
  obj923
  obj924
  obj925
  obj926
  obj927
  obj928
  obj929
  obj930
  obj931
  obj932
  obj933
  obj934
  obj935
  obj936
  obj937
  obj938
  obj939
  obj940
  obj941
  obj942
  obj943
  obj944
  obj945
  obj946
  obj947
  obj948
  obj949
  obj950
  obj951
  obj952
  obj953
  obj954
  obj955
  obj956
  obj957
  obj958
  obj959
  obj960
  obj961
  obj962
  obj963
  obj964
  obj965
  obj966
  obj967
  obj968
  obj969
  obj970
  obj971
  obj972
  obj973
  obj974
  obj975
  obj976
  obj977
  obj978
  obj979
  obj980
  obj981
  obj982
  obj983
  obj984
  obj985
  obj986
  obj987
  obj988
  obj989
  obj990
  obj991
  obj992
  obj993
  obj994
  obj995
  obj996
  obj997
  obj998
  obj999
  obj1000
  obj1001
  obj1002
  obj1003
  obj1004
  obj1005
  obj1006
  obj1007
  obj1008
  obj1009
  obj1010
  obj1011
  obj1012
  obj1013
  obj1014
  obj1015
  obj1016
  obj1017
  obj1018
  obj1019
  obj1020
  obj1021
  obj1022
  obj1023
  obj1024
  obj1025
  obj1026
  obj1027
  obj1028
  obj1029
  obj1030
  obj1031
  obj1032
  obj1033
  obj1034
  obj1035
  obj1036
  obj1037
  obj1038
  obj1039
  obj1040
  obj1041
  obj1042
  obj1043
  obj1044
  obj1045
  obj1046
  obj1047
  obj1048
  obj1049
  obj1050
  obj1051
  obj1052
  obj1053
  obj1054
  obj1055
  obj1056
  obj1057
  obj1058
  obj1059
  obj1060
  obj1061
  obj1062
  obj1063
  obj1064
  obj1065
  obj1066
  obj1067
  obj1068
  obj1069
  obj1070
  obj1071
  obj1072
  obj1073
  obj1074
  obj1075
  obj1076
  obj1077
  obj1078
  obj1079
  obj1080
  obj1081
  obj1082
  obj1083
  obj1084
  obj1085
  obj1086
  obj1087
  obj1088
  obj1089
  obj1090
  obj1091
  obj1092
  obj1093
  obj1094
  obj1095
  obj1096
  obj1097
  obj1098
  obj1099
  obj1100
  obj1101
  obj1102
  obj1103
  obj1104
  obj1105
  obj1106
  obj1107
  obj1108
  obj1109
  obj1110
  obj1111
  obj1112
  obj1113
  obj1114
  obj1115
  obj1116
  obj1117
  obj1118
  obj1119
  obj1120
  obj1121
  obj1122
  obj1123
  obj1124
  obj1125
  obj1126
  obj1127
  obj1128
  obj1129
  obj1130
  obj1131
  obj1132
  obj1133
  obj1134
  obj1135
  obj1136
  obj1137
  obj1138
  obj1139
  obj1140
  obj1141
  obj1142
  obj1143
  obj1144
  obj1145
  obj1146
  obj1147
  obj1148
  obj1149
  obj1150
  obj1151
  obj1152
  obj1153
  obj1154
  obj1155
  obj1156
  obj1157
  obj1158
  obj1159
  obj1160
  obj1161
  obj1162
  obj1163
  obj1164
  obj1165
  obj1166
  obj1167
  obj1168
  obj1169
  obj1170
  obj1171
  obj1172
  obj1173
  obj1174
  obj1175
  obj1176
  obj1177
  obj1178
  obj1179
  obj1180
  obj1181
  obj1182
  obj1183
  obj1184
  obj1185
  obj1186
  obj1187
  obj1188
  obj1189
  obj1190
  obj1191
  obj1192
  obj1193
  obj1194
  obj1195
  obj1196
  obj1197
  obj1198
  obj1199
  obj1200
  obj1201
  obj1202
  obj1203
  obj1204
  obj1205
  obj1206
  obj1207
  obj1208
  obj1209
  obj1210
  obj1211
  obj1212
  obj1213
  obj1214
  obj1215
  obj1216
  obj1217
  obj1218
  obj1219
  obj1220
  obj1221
  obj1222
  obj1223
  obj1224
  obj1225
  obj1226
  obj1227
  obj1228
  obj1229
  obj1230
  obj1231
  obj1232
  obj1233
  obj1234
  obj1235
  obj1236
  obj1237
  obj1238
  obj1239
  obj1240
  obj1241
  obj1242
  obj1243
  obj1244
  obj1245
  obj1246
  obj1247
  obj1248
  obj1249
  obj1250
  obj1251
  obj1252
  obj1253
  obj1254
  obj1255
  obj1256
  obj1257
  obj1258
  obj1259
  obj1260
  obj1261
  obj1262
  obj1263
  obj1264
  obj1265
  obj1266
  obj1267
  obj1268
  obj1269
  obj1270
  obj1271
  obj1272
  obj1273
  obj1274
  obj1275
  obj1276
  obj1277
  obj1278
  obj1279
  obj1280
  obj1281
  obj1282
  obj1283
  obj1284
  obj1285
  obj1286
  obj1287
  obj1288
  obj1289
  obj1290
  obj1291
  obj1292
  obj1293
  obj1294
  obj1295
  obj1296
  obj1297
  obj1298
  obj1299
  obj1300
  obj1301
  obj1302
  obj1303
  obj1304
  obj1305
  obj1306
  obj1307
  obj1308
  obj1309
  obj1310
  obj1311
  obj1312
  obj1313
  obj1314
  obj1315
  obj1316
  obj1317
  obj1318
  obj1319
  obj1320
  obj1321
  obj1322
  obj1323
  obj1324
  obj1325
  obj1326
  obj1327
  obj1328
  obj1329
  obj1330
  obj1331
  obj1332
  obj1333
  obj1334
  obj1335
  obj1336
  obj1337
  obj1338
  obj1339
  obj1340
  obj1341
  obj1342
  obj1343
  obj1344
  obj1345
  obj1346
  obj1347
  obj1348
  obj1349
  obj1350
  obj1351
  obj1352
  obj1353
  obj1354
  obj1355
  obj1356
  obj1357
  obj1358
  obj1359
  obj1360
  obj1361
  obj1362
  obj1363
  obj1364
  obj1365
  obj1366
  obj1367
  obj1368
  obj1369
  obj1370
  obj1371
  obj1372
  obj1373
  obj1374
  obj1375
  obj1376
  obj1377
  obj1378
  obj1379
  obj1380
  obj1381
  obj1382
  obj1383
  obj1384
  obj1385
  obj1386
  obj1387
  obj1388
  obj1389
  obj1390
  obj1391
  obj1392
  obj1393
  obj1394
  obj1395
  obj1396
  obj1397
  obj1398
  obj1399
  obj1400
  obj1401
  obj1402
  obj1403
  obj1404
  obj1405
  obj1406
  obj1407
  obj1408
  obj1409
  obj1410
  obj1411
  obj1412
  obj1413
  obj1414
  obj1415
  obj1416
  obj1417
  obj1418
  obj1419
  obj1420
  obj1421
  obj1422
  obj1423
  obj1424
  obj1425
  obj1426
  obj1427
  obj1428
  obj1429
  obj1430
  obj1431
  obj1432
  obj1433
  obj1434
  obj1435
  obj1436
  obj1437
  obj1438
  obj1439
  obj1440
  obj1441
  obj1442
  obj1443
  obj1444
  obj1445
  obj1446
  obj1447
  obj1448
  obj1449
  obj1450
  obj1451
  obj1452
  obj1453
  obj1454
  obj1455
  obj1456
  obj1457
  obj1458
  obj1459
  obj1460
  obj1461
  obj1462
  obj1463
  obj1464
  obj1465
  obj1466
  obj1467
  obj1468
  obj1469
  obj1470
  obj1471
  obj1472
  obj1473
  obj1474
  obj1475
  obj1476
  obj1477
  obj1478
  obj1479
  obj1480
  obj1481
  obj1482
  obj1483
  obj1484
  obj1485
  obj1486
  obj1487
  obj1488
  obj1489
  obj1490
  obj1491
  obj1492
  obj1493
  obj1494
  obj1495
  obj1496
  obj1497
  obj1498
  obj1499
  obj1500
  obj1501
  obj1502
  obj1503
  obj1504
  obj1505
  obj1506
  obj1507
  obj1508
  obj1509
  obj1510
  obj1511
  obj1512
  obj1513
  obj1514
  obj1515
  obj1516
  obj1517
  obj1518
  obj1519
  obj1520
  obj1521
  obj1522
  obj1523
  obj1524
  obj1525
  obj1526
  obj1527
  obj1528
  obj1529
  obj1530
  obj1531
  obj1532
  obj1533
  obj1534
  obj1535
  obj1536
  obj1537
  obj1538
  obj1539
  obj1540
  obj1541
  obj1542
  obj1543
  obj1544
  obj1545
  obj1546
  obj1547
  obj1548
  obj1549
  obj1550
  obj1551
  obj1552
  obj1553
  obj1554
  obj1555
  obj1556
  obj1557
  obj1558
  obj1559
  obj1560
  obj1561
  obj1562
  obj1563
  obj1564
  obj1565
  obj1566
  obj1567
  obj1568
  obj1569
  obj1570
  obj1571
  obj1572
  obj1573
  obj1574
  obj1575
  obj1576
  obj1577
  obj1578
  obj1579
  obj1580
  obj1581
  obj1582
  obj1583
  obj1584
  obj1585
  obj1586
  obj1587
  obj1588
  obj1589
  obj1590
  obj1591
  obj1592
  obj1593
  obj1594
  obj1595
  obj1596
  obj1597
  obj1598
  obj1599
  obj1600
  obj1601
  obj1602
  obj1603
  obj1604
  obj1605
  obj1606
  obj1607
  obj1608
  obj1609
  obj1610
  obj1611
  obj1612
  obj1613
  obj1614
  obj1615
  obj1616
  obj1617
  obj1618
  obj1619
  obj1620
  obj1621
  obj1622
  obj1623
  obj1624
  obj1625
  obj1626
  obj1627
  obj1628
  obj1629
  obj1630
  obj1631
  obj1632
  obj1633
  obj1634
  obj1635
  obj1636
  obj1637
  obj1638
  obj1639
  obj1640
  obj1641
  obj1642
  obj1643
  obj1644
  obj1645
  obj1646
  obj1647
  obj1648
  obj1649
  obj1650
  obj1651
  obj1652
  obj1653
  obj1654
  obj1655
  obj1656
  obj1657
  obj1658
  obj1659
  obj1660
  obj1661
  obj1662
  obj1663
  obj1664
  obj1665
  obj1666
  obj1667
  obj1668
  obj1669
  obj1670
  obj1671
  obj1672
  obj1673
  obj1674
  obj1675
  obj1676
  obj1677
  obj1678
  obj1679
  obj1680
  obj1681
  obj1682
  obj1683
  obj1684
  obj1685
  obj1686
  obj1687
  obj1688
  obj1689
  obj1690
  obj1691
  obj1692
  obj1693
  obj1694
  obj1695
  obj1696
  obj1697
  obj1698
  obj1699
  obj1700
  obj1701
  obj1702
  obj1703
  obj1704
  obj1705
  obj1706
  obj1707
  obj1708
  obj1709
  obj1710
  obj1711
  obj1712
  obj1713
  obj1714
  obj1715
  obj1716
  obj1717
  obj1718
  obj1719
  obj1720
  obj1721
  obj1722
  obj1723
  obj1724
  obj1725
  obj1726
  obj1727
  obj1728
  obj1729
  obj1730
  obj1731
  obj1732
  obj1733
  obj1734
  obj1735
  obj1736
  obj1737
  obj1738
  obj1739
  obj1740
  obj1741
  obj1742
  obj1743
  obj1744
  obj1745
  obj1746
  obj1747
  obj1748
  obj1749
  obj1750
  obj1751
  obj1752
  obj1753
  obj1754
  obj1755
  obj1756
  obj1757
  obj1758
  obj1759
  obj1760
  obj1761
  obj1762
  obj1763
  obj1764
  obj1765
  obj1766
  obj1767
  obj1768
  obj1769
  obj1770
  obj1771
  obj1772
  obj1773
  obj1774
  obj1775
  obj1776
  obj1777
  obj1778
  obj1779
  obj1780
  obj1781
  obj1782
  obj1783
  obj1784
  obj1785
  obj1786
  obj1787
  obj1788
  obj1789
  obj1790
  obj1791
  obj1792
  obj1793
  obj1794
  obj1795
  obj1796
  obj1797
  obj1798
  obj1799
  obj1800
  obj1801
  obj1802
  obj1803
  obj1804
  obj1805
  obj1806
  obj1807
  obj1808
  obj1809
  obj1810
  obj1811
  obj1812
  obj1813
  obj1814
  obj1815
  obj1816
  obj1817
  obj1818
  obj1819
  obj1820
  obj1821
  obj1822
  obj1823
  obj1824
  obj1825
  obj1826
  obj1827
  obj1828
  obj1829
  obj1830
  obj1831
  obj1832
  obj1833
  obj1834
  obj1835
  obj1836
  obj1837
  obj1838
  obj1839
  obj1840
  obj1841
  obj1842
  obj1843
  obj1844
  obj1845
  obj1846
  obj1847
  obj1848
  obj1849
  obj1850
  obj1851
  obj1852
  obj1853
  obj1854
  obj1855
  obj1856
  obj1857
  obj1858
  obj1859
  obj1860
  obj1861
  obj1862
  obj1863
  obj1864
  obj1865
  obj1866
  obj1867
  obj1868
  obj1869
  obj1870
  obj1871
  obj1872
  obj1873
  obj1874
  obj1875
  obj1876
  obj1877
  obj1878
  obj1879
  obj1880
  obj1881
  obj1882
  obj1883
  obj1884
  obj1885
  obj1886
  obj1887
  obj1888
  obj1889
  obj1890
  obj1891
  obj1892
  obj1893
  obj1894
  obj1895
  obj1896
  obj1897
  obj1898
  obj1899
  obj1900
  obj1901
  obj1902
  obj1903
  obj1904
  obj1905
  obj1906
  obj1907
  obj1908
  obj1909
  obj1910
  obj1911
  obj1912
  obj1913
  obj1914
  obj1915
  obj1916
  obj1917
  obj1918
  obj1919
  obj1920
  obj1921
  obj1922
  obj1923
  obj1924
  obj1925
  obj1926
  obj1927
  obj1928
  obj1929
  obj1930
  obj1931
  obj1932
  obj1933
  obj1934
  obj1935
  obj1936
  obj1937
  obj1938
  obj1939
  obj1940
  obj1941
  obj1942
  obj1943
  obj1944
  obj1945
  obj1946
  obj1947
  obj1948
  obj1949
  obj1950
  obj1951
  obj1952
  obj1953
  obj1954
  obj1955
  obj1956
  obj1957
  obj1958
  obj1959
  obj1960
  obj1961
  obj1962
  obj1963
  obj1964
  obj1965
  obj1966
  obj1967
  obj1968
  obj1969
  obj1970
  obj1971
  obj1972
  obj1973
  obj1974
  obj1975
  obj1976
  obj1977
  obj1978
  obj1979
  obj1980
  obj1981
  obj1982
  obj1983
  obj1984
  obj1985
  obj1986
  obj1987
  obj1988
  obj1989
  obj1990
  obj1991
  obj1992
  obj1993
  obj1994
  obj1995
  obj1996
  obj1997
  obj1998
  obj1999
  obj2000
  obj2001
  obj2002
  obj2003
  obj2004
  obj2005
  obj2006
  obj2007
  obj2008
  obj2009
  obj2010
  obj2011
  obj2012
  obj2013
  obj2014
  obj2015
  obj2016
  obj2017
  obj2018
  obj2019
  obj2020
  obj2021
  obj2022
  obj2023
  obj2024
  obj2025
  obj2026
  obj2027
  obj2028
  obj2029
  obj2030
  obj2031
  obj2032
  obj2033
  obj2034
  obj2035
  obj2036
  obj2037
  obj2038
  obj2039
  obj2040
  obj2041
  obj2042
  obj2043
  obj2044
  obj2045
  obj2046
  obj2047
  obj2048
  obj2049
  obj2050
  obj2051
  obj2052
  obj2053
  obj2054
  obj2055
  obj2056
  obj2057
  obj2058
  obj2059
  obj2060
  obj2061
  obj2062
  obj2063
  obj2064
  obj2065
  obj2066
  obj2067
  obj2068
  obj2069
  obj2070
  obj2071
  obj2072
  obj2073
  obj2074
  obj2075
  obj2076
  obj2077
  obj2078
  obj2079
  obj2080
  obj2081
  obj2082
  obj2083
  obj2084
  obj2085
  obj2086
  obj2087
  obj2088
  obj2089
  obj2090
  obj2091
  obj2092
  obj2093
  obj2094
  obj2095
  obj2096
  obj2097
  obj2098
  obj2099
  obj2100
  obj2101
  obj2102
  obj2103
  obj2104
  obj2105
  obj2106
  obj2107
  obj2108
  obj2109
  obj2110
  obj2111
  obj2112
  obj2113
  obj2114
  obj2115
  obj2116
  obj2117
  obj2118
  obj2119
  obj2120
  obj2121
  obj2122
  obj2123
  obj2124
  obj2125
  obj2126
  obj2127
  obj2128
  obj2129
  obj2130
  obj2131
  obj2132
  obj2133
  obj2134
  obj2135
  obj2136
  obj2137
  obj2138
  obj2139
  obj2140
  obj2141
  obj2142
  obj2143
  obj2144
  obj2145
  obj2146
  obj2147
  obj2148
  obj2149
  obj2150
  obj2151
  obj2152
  obj2153
  obj2154
  obj2155
  obj2156
  obj2157
  obj2158
  obj2159
  obj2160
  obj2161
  obj2162
  obj2163
  obj2164
  obj2165
  obj2166
  obj2167
  obj2168
  obj2169
  obj2170
  obj2171
  obj2172
  obj2173
  obj2174
  obj2175
  obj2176
  obj2177
  obj2178
  obj2179
  obj2180
  obj2181
  obj2182
  obj2183
  obj2184
  obj2185
  obj2186
  obj2187
  obj2188
  obj2189
  obj2190
  obj2191
  obj2192
  obj2193
  obj2194
  obj2195
  obj2196
  obj2197
  obj2198
  obj2199
  obj2200
  obj2201
  obj2202
  obj2203
  obj2204
  obj2205
  obj2206
  obj2207
  obj2208
  obj2209
  obj2210
  obj2211
  obj2212
  obj2213
  obj2214
  obj2215
  obj2216
  obj2217
  obj2218
  obj2219
  obj2220
  obj2221
  obj2222
  obj2223
  obj2224
  obj2225
  obj2226
  obj2227
  obj2228
  obj2229
  obj2230
  obj2231
  obj2232
  obj2233
  obj2234
  obj2235
  obj2236
  obj2237
  obj2238
  obj2239
  obj2240
  obj2241
  obj2242
  obj2243
  obj2244
  obj2245
  obj2246
  obj2247
  obj2248
  obj2249
  obj2250
  obj2251
  obj2252
  obj2253
  obj2254
  obj2255
  obj2256
  obj2257
  obj2258
  obj2259
  obj2260
  obj2261
  obj2262
  obj2263
  obj2264
  obj2265
  obj2266
  obj2267
  obj2268
  obj2269
  obj2270
  obj2271
  obj2272
  obj2273
  obj2274
  obj2275
  obj2276
  obj2277
  obj2278
  obj2279
  obj2280
  obj2281
  obj2282
  obj2283
  obj2284
  obj2285
  obj2286
  obj2287
  obj2288
  obj2289
  obj2290
  obj2291
  obj2292
  obj2293
  obj2294
  obj2295
  obj2296
  obj2297
  obj2298
  obj2299
  obj2300
  obj2301
  obj2302
  obj2303
  obj2304
  obj2305
  obj2306
  obj2307
  obj2308
  obj2309
  obj2310
  obj2311
  obj2312
  obj2313
  obj2314
  obj2315
  obj2316
  obj2317
  obj2318
  obj2319
  obj2320
  obj2321
  obj2322
  obj2323
  obj2324
  obj2325
  obj2326
  obj2327
  obj2328
  obj2329
  obj2330
  obj2331
  obj2332
  obj2333
  obj2334
  obj2335
  obj2336
  obj2337
  obj2338
  obj2339
  obj2340
  obj2341
  obj2342
  obj2343
  obj2344
  obj2345
  obj2346
  obj2347
  obj2348
  obj2349
  obj2350
  obj2351
  obj2352
  obj2353
  obj2354
  obj2355
  obj2356
  obj2357
  obj2358
  obj2359
  obj2360
  obj2361
  obj2362
  obj2363
  obj2364
  obj2365
  obj2366
  obj2367
  obj2368
  obj2369
  obj2370
  obj2371
  obj2372
  obj2373
  obj2374
  obj2375
  obj2376
  obj2377
  obj2378
  obj2379
  obj2380
  obj2381
  obj2382
  obj2383
  obj2384
  obj2385
  obj2386
  obj2387
  obj2388
  obj2389
  obj2390
  obj2391
  obj2392
  obj2393
  obj2394
  obj2395
  obj2396
  obj2397
  obj2398
  obj2399
  obj2400
  obj2401
  obj2402
  obj2403
  obj2404
  obj2405
  obj2406
  obj2407
  obj2408
  obj2409
  obj2410
  obj2411
  obj2412
  obj2413
  obj2414
  obj2415
  obj2416
  obj2417
  obj2418
  obj2419
  obj2420
  obj2421
  obj2422
  obj2423
  obj2424
  obj2425
  obj2426
  obj2427
  obj2428
  obj2429
  obj2430
  obj2431
  obj2432
  obj2433
  obj2434
  obj2435
  obj2436
  obj2437
  obj2438
  obj2439
  obj2440
  obj2441
  obj2442
  obj2443
  obj2444
  obj2445
  obj2446
  obj2447
  obj2448
  obj2449
  obj2450
  obj2451
  obj2452
  obj2453
  obj2454
  obj2455
  obj2456
  obj2457
  obj2458
  obj2459
  obj2460
  obj2461
  obj2462
  obj2463
  obj2464
  obj2465
  obj2466
  obj2467
  obj2468
  obj2469
  obj2470
  obj2471
  obj2472
  obj2473
  obj2474
  obj2475
  obj2476
  obj2477
  obj2478
  obj2479
  obj2480
  obj2481
  obj2482
  obj2483
  obj2484
  obj2485
  obj2486
  obj2487
  obj2488
  obj2489
  obj2490
  obj2491
  obj2492
  obj2493
  obj2494
  obj2495
  obj2496
  obj2497
  obj2498
  obj2499
  obj2500
  obj2501
  obj2502
  obj2503
  obj2504
  obj2505
  obj2506
  obj2507
  obj2508
  obj2509
  obj2510
  obj2511
  obj2512
  obj2513
  obj2514
  obj2515
  obj2516
  obj2517
  obj2518
  obj2519
  obj2520
  obj2521
  obj2522
  obj2523
  obj2524
  obj2525
  obj2526
  obj2527
  obj2528
  obj2529
  obj2530
  obj2531
  obj2532
  obj2533
  obj2534
  obj2535
  obj2536
  obj2537
  obj2538
  obj2539
  obj2540
  obj2541
  obj2542
  obj2543
  obj2544
  obj2545
  obj2546
  obj2547
  obj2548
  obj2549
  obj2550
  obj2551
  obj2552
  obj2553
  obj2554
  obj2555
  obj2556
  obj2557
  obj2558
  obj2559
  obj2560
  obj2561
  obj2562
  obj2563
  obj2564
  obj2565
  obj2566
  obj2567
  obj2568
  obj2569
  obj2570
  obj2571
  obj2572
  obj2573
  obj2574
  obj2575
  obj2576
  obj2577
  obj2578
  obj2579
  obj2580
  obj2581
  obj2582
  obj2583
  obj2584
  obj2585
  obj2586
  obj2587
  obj2588
  obj2589
  obj2590
  obj2591
  obj2592
  obj2593
  obj2594
  obj2595
  obj2596
  obj2597
  obj2598
  obj2599
  obj2600
  obj2601
  obj2602
  obj2603
  obj2604
  obj2605
  obj2606
  obj2607
  obj2608
  obj2609
  obj2610
  obj2611
  obj2612
  obj2613
  obj2614
  obj2615
  obj2616
  obj2617
  obj2618
  obj2619
  obj2620
  obj2621
  obj2622
  obj2623
  obj2624
  obj2625
  obj2626
  obj2627
  obj2628
  obj2629
  obj2630
  obj2631
  obj2632
  obj2633
  obj2634
  obj2635
  obj2636
  obj2637
  obj2638
  obj2639
  obj2640
  obj2641
  obj2642
  obj2643
  obj2644
  obj2645
  obj2646
  obj2647
  obj2648
  obj2649
  obj2650
  obj2651
  obj2652
  obj2653
  obj2654
  obj2655
  obj2656
  obj2657
  obj2658
  obj2659
  obj2660
  obj2661
  obj2662
  obj2663
  obj2664
  obj2665
  obj2666
  obj2667
  obj2668
  obj2669
  obj2670
  obj2671
  obj2672
  obj2673
  obj2674
  obj2675
  obj2676
  obj2677
  obj2678
  obj2679
  obj2680
  obj2681
  obj2682
  obj2683
  obj2684
  obj2685
  obj2686
  obj2687
  obj2688
  obj2689
  obj2690
  obj2691
  obj2692
  obj2693
  obj2694
  obj2695
  obj2696
  obj2697
  obj2698
  obj2699
  obj2700
  obj2701
  obj2702
  obj2703
  obj2704
  obj2705
  obj2706
  obj2707
  obj2708
  obj2709
  obj2710
  obj2711
  obj2712
  obj2713
  obj2714
  obj2715
  obj2716
  obj2717
  obj2718
  obj2719
  obj2720
  obj2721
  obj2722
  obj2723
  obj2724
  obj2725
  obj2726
  obj2727
  obj2728
  obj2729
  obj2730
  obj2731
  obj2732
  obj2733
  obj2734
  obj2735
  obj2736
  obj2737
  obj2738
  obj2739
  obj2740
  obj2741
  obj2742
  obj2743
  obj2744
  obj2745
  obj2746
  obj2747
  obj2748
  obj2749
  obj2750
  obj2751
  obj2752
  obj2753
  obj2754
  obj2755
  obj2756
  obj2757
  obj2758
  obj2759
  obj2760
  obj2761
  obj2762
  obj2763
  obj2764
  obj2765
  obj2766
  obj2767
  obj2768
  obj2769
  obj2770
  obj2771
  obj2772
  obj2773
  obj2774
  obj2775
  obj2776
  obj2777
  obj2778
  obj2779
  obj2780
  obj2781
  obj2782
  obj2783
  obj2784
  obj2785
  obj2786
  obj2787
  obj2788
  obj2789
  obj2790
  obj2791
  obj2792
  obj2793
  obj2794
  obj2795
  obj2796
  obj2797
  obj2798
  obj2799
  obj2800
  obj2801
  obj2802
  obj2803
  obj2804
  obj2805
  obj2806
  obj2807
  obj2808
  obj2809
  obj2810
  obj2811
  obj2812
  obj2813
  obj2814
  obj2815
  obj2816
  obj2817
  obj2818
  obj2819
  obj2820
  obj2821
  obj2822
  obj2823
  obj2824
  obj2825
  obj2826
  obj2827
  obj2828
  obj2829
  obj2830
  obj2831
  obj2832
  obj2833
  obj2834
  obj2835
  obj2836
  obj2837
  obj2838
  obj2839
  obj2840
  obj2841
  obj2842
  obj2843
  obj2844
  obj2845
  obj2846
  obj2847
  obj2848
  obj2849
  obj2850
  obj2851
  obj2852
  obj2853
  obj2854
  obj2855
  obj2856
  obj2857
  obj2858
  obj2859
  obj2860
  obj2861
  obj2862
  obj2863
  obj2864
  obj2865
  obj2866
  obj2867
  obj2868
  obj2869
  obj2870
  obj2871
  obj2872
  obj2873
  obj2874
  obj2875
  obj2876
  obj2877
  obj2878
  obj2879
  obj2880
  obj2881
  obj2882
  obj2883
  obj2884
  obj2885
  obj2886
  obj2887
  obj2888
  obj2889
  obj2890
  obj2891
  obj2892
  obj2893
  obj2894
  obj2895
  obj2896
  obj2897
  obj2898
  obj2899
  obj2900
  obj2901
  obj2902
  obj2903
  obj2904
  obj2905
  obj2906
  obj2907
  obj2908
  obj2909
  obj2910
  obj2911
  obj2912
  obj2913
  obj2914
  obj2915
  obj2916
  obj2917
  obj2918
  obj2919
  obj2920
  obj2921
  obj2922
  obj2923
  obj2924
  obj2925
  obj2926
  obj2927
  obj2928
  obj2929
  obj2930
  obj2931
  obj2932
  obj2933
  obj2934
  obj2935
  obj2936
  obj2937
  obj2938
  obj2939
  obj2940
  obj2941
  obj2942
  obj2943
  obj2944
  obj2945
  obj2946
  obj2947
  obj2948
  obj2949
  obj2950
  obj2951
  obj2952
  obj2953
  obj2954
  obj2955
  obj2956
  obj2957
  obj2958
  obj2959
  obj2960
  obj2961
  obj2962
  obj2963
  obj2964
  obj2965
  obj2966
  obj2967
  obj2968
  obj2969
  obj2970
  obj2971
  obj2972
  obj2973
  obj2974
  obj2975
  obj2976
  obj2977
  obj2978
  obj2979
  obj2980
  obj2981
  obj2982
  obj2983
  obj2984
  obj2985
  obj2986
  obj2987
  obj2988
  obj2989
  obj2990
  obj2991
  obj2992
  obj2993
  obj2994
  obj2995
  obj2996
  obj2997
  obj2998
  obj2999
  obj3000
  obj3001
  obj3002
  obj3003
  obj3004
  obj3005
  obj3006
  obj3007
  obj3008
  obj3009
  obj3010
  obj3011
  obj3012
  obj3013
  obj3014
  obj3015
  obj3016
  obj3017
  obj3018
  obj3019
  obj3020
  obj3021
  obj3022
  obj3023
  obj3024
  obj3025
  obj3026
  obj3027
  obj3028
  obj3029
  obj3030
  obj3031
  obj3032
  obj3033
  obj3034
  obj3035
  obj3036
  obj3037
  obj3038
  obj3039
  obj3040
  obj3041
  obj3042
  obj3043
  obj3044
  obj3045
  obj3046
  obj3047
  obj3048
  obj3049
  obj3050
  obj3051
  obj3052
  obj3053
  obj3054
  obj3055
  obj3056
  obj3057
  obj3058
  obj3059
  obj3060
  obj3061
  obj3062
  obj3063
  obj3064
  obj3065
  obj3066
  obj3067
  obj3068
  obj3069
  obj3070
  obj3071
  obj3072
  obj3073
  obj3074
  obj3075
  obj3076
  obj3077
  obj3078
  obj3079
  obj3080
  obj3081
  obj3082
  obj3083
  obj3084
  obj3085
  obj3086
  obj3087
  obj3088
  obj3089
  obj3090
  obj3091
  obj3092
  obj3093
  obj3094
  obj3095
  obj3096
  obj3097
  obj3098
  obj3099
  obj3100
  obj3101
  obj3102
  obj3103
  obj3104
  obj3105
  obj3106
  obj3107
  obj3108
  obj3109
  obj3110
  obj3111
  obj3112
  obj3113
  obj3114
  obj3115
  obj3116
  obj3117
  obj3118
  obj3119
  obj3120
  obj3121
  obj3122
  obj3123
  obj3124
  obj3125
  obj3126
  obj3127
  obj3128
  obj3129
  obj3130
  obj3131
  obj3132
  obj3133
  obj3134
  obj3135
  obj3136
  obj3137
  obj3138
  obj3139
  obj3140
  obj3141
  obj3142
  obj3143
  obj3144
  obj3145
  obj3146
  obj3147
  obj3148
  obj3149
  obj3150
  obj3151
  obj3152
  obj3153
  obj3154
  obj3155
  obj3156
  obj3157
  obj3158
  obj3159
  obj3160
  obj3161
  obj3162
  obj3163
  obj3164
  obj3165
  obj3166
  obj3167
  obj3168
  obj3169
  obj3170
  obj3171
  obj3172
  obj3173
  obj3174
  obj3175
  obj3176
  obj3177
  obj3178
  obj3179
  obj3180
  obj3181
  obj3182
  obj3183
  obj3184
  obj3185
  obj3186
  obj3187
  obj3188
  obj3189
  obj3190
  obj3191
  obj3192
  obj3193
  obj3194
  obj3195
  obj3196
  obj3197
  obj3198
  obj3199
  obj3200
  obj3201
  obj3202
  obj3203
  obj3204
  obj3205
  obj3206
  obj3207
  obj3208
  obj3209
  obj3210
  obj3211
  obj3212
  obj3213
  obj3214
  obj3215
  obj3216
  obj3217
  obj3218
  obj3219
  obj3220
  obj3221
  obj3222
  obj3223
  obj3224
  obj3225
  obj3226
  obj3227
  obj3228
  obj3229
  obj3230
  obj3231
  obj3232
  obj3233
  obj3234
  obj3235
  obj3236
  obj3237
  obj3238
  obj3239
  obj3240
  obj3241
  obj3242
  obj3243
  obj3244
  obj3245
  obj3246
  obj3247
  obj3248
  obj3249
  obj3250
  obj3251
  obj3252
  obj3253
  obj3254
  obj3255
  obj3256
  obj3257
  obj3258
  obj3259
  obj3260
  obj3261
  obj3262
  obj3263
  obj3264
  obj3265
  obj3266
  obj3267
  obj3268
  obj3269
  obj3270
  obj3271
  obj3272
  obj3273
  obj3274
  obj3275
  obj3276
  obj3277
  obj3278
  obj3279
  obj3280
  obj3281
  obj3282
  obj3283
  obj3284
  obj3285
  obj3286
  obj3287
  obj3288
  obj3289
  obj3290
  obj3291
  obj3292
  obj3293
  obj3294
  obj3295
  obj3296
  obj3297
  obj3298
  obj3299
  obj3300
  obj3301
  obj3302
  obj3303
  obj3304
  obj3305
  obj3306
  obj3307
  obj3308
  obj3309
  obj3310
  obj3311
  obj3312
  obj3313
  obj3314
  obj3315
  obj3316
  obj3317
  obj3318
  obj3319
  obj3320
  obj3321
  obj3322
  obj3323
  obj3324
  obj3325
  obj3326
  obj3327
  obj3328
  obj3329
  obj3330
  obj3331
  obj3332
  obj3333
  obj3334
  obj3335
  obj3336
  obj3337
  obj3338
  obj3339
  obj3340
  obj3341
  obj3342
  obj3343
  obj3344
  obj3345
  obj3346
  obj3347
  obj3348
  obj3349
  obj3350
  obj3351
  obj3352
  obj3353
  obj3354
  obj3355
  obj3356
  obj3357
  obj3358
  obj3359
  obj3360
  obj3361
  obj3362
  obj3363
  obj3364
  obj3365
  obj3366
  obj3367
  obj3368
  obj3369
  obj3370
  obj3371
  obj3372
  obj3373
  obj3374
  obj3375
  obj3376
  obj3377
  obj3378
  obj3379
  obj3380
  obj3381
  obj3382
  obj3383
  obj3384
  obj3385
  obj3386
  obj3387
  obj3388
  obj3389
  obj3390
  obj3391
  obj3392
  obj3393
  obj3394
  obj3395
  obj3396
  obj3397
  obj3398
  obj3399
  obj3400
  obj3401
  obj3402
  obj3403
  obj3404
  obj3405
  obj3406
  obj3407
  obj3408
  obj3409
  obj3410
  obj3411
  obj3412
  obj3413
  obj3414
  obj3415
  obj3416
  obj3417
  obj3418
  obj3419
  obj3420
  obj3421
  obj3422
  obj3423
  obj3424
  obj3425
  obj3426
  obj3427
  obj3428
  obj3429
  obj3430
  obj3431
  obj3432
  obj3433
  obj3434
  obj3435
  obj3436
  obj3437
  obj3438
  obj3439
  obj3440
  obj3441
  obj3442
  obj3443
  obj3444
  obj3445
  obj3446
  obj3447
  obj3448
  obj3449
  obj3450
  obj3451
  obj3452
  obj3453
  obj3454
  obj3455
  obj3456
  obj3457
  obj3458
  obj3459
  obj3460
  obj3461
  obj3462
  obj3463
  obj3464
  obj3465
  obj3466
  obj3467
  obj3468
  obj3469
  obj3470
  obj3471
  obj3472
  obj3473
  obj3474
  obj3475
  obj3476
  obj3477
  obj3478
  obj3479
  obj3480
  obj3481
  obj3482
  obj3483
  obj3484
  obj3485
  obj3486
  obj3487
  obj3488
  obj3489
  obj3490
  obj3491
  obj3492
  obj3493
  obj3494
  obj3495
  obj3496
  obj3497
  obj3498
  obj3499
  obj3500
  obj3501
  obj3502
  obj3503
  obj3504
  obj3505
  obj3506
  obj3507
  obj3508
  obj3509
  obj3510
  obj3511
  obj3512
  obj3513
  obj3514
  obj3515
  obj3516
  obj3517
  obj3518
  obj3519
  obj3520
  obj3521
  obj3522
  obj3523
  obj3524
  obj3525
  obj3526
  obj3527
  obj3528
  obj3529
  obj3530
  obj3531
  obj3532
  obj3533
  obj3534
  obj3535
  obj3536
  obj3537
  obj3538
  obj3539
  obj3540
  obj3541
  obj3542
  obj3543
  obj3544
  obj3545
  obj3546
  obj3547
  obj3548
  obj3549
  obj3550
  obj3551
  obj3552
  obj3553
  obj3554
  obj3555
  obj3556
  obj3557
  obj3558
  obj3559
  obj3560
  obj3561
  obj3562
  obj3563
  obj3564
  obj3565
  obj3566
  obj3567
  obj3568
  obj3569
  obj3570
  obj3571
  obj3572
  obj3573
  obj3574
  obj3575
  obj3576
  obj3577
  obj3578
  obj3579
  obj3580
  obj3581
  obj3582
  obj3583
  obj3584
  obj3585
  obj3586
  obj3587
  obj3588
  obj3589
  obj3590
  obj3591
  obj3592
  obj3593
  obj3594
  obj3595
  obj3596
  obj3597
  obj3598
  obj3599
  obj3600
  obj3601
  obj3602
  obj3603
  obj3604
  obj3605
  obj3606
  obj3607
  obj3608
  obj3609
  obj3610
  obj3611
  obj3612
  obj3613
  obj3614
  obj3615
  obj3616
  obj3617
  obj3618
  obj3619
  obj3620
  obj3621
  obj3622
  obj3623
  obj3624
  obj3625
  obj3626
  obj3627
  obj3628
  obj3629
  obj3630
  obj3631
  obj3632
  obj3633
  obj3634
  obj3635
  obj3636
  obj3637
  obj3638
  obj3639
  obj3640
  obj3641
  obj3642
  obj3643
  obj3644
  obj3645
  obj3646
  obj3647
  obj3648
  obj3649
  obj3650
  obj3651
  obj3652
  obj3653
  obj3654
  obj3655
  obj3656
  obj3657
  obj3658
  obj3659
  obj3660
  obj3661
  obj3662
  obj3663
  obj3664
  obj3665
  obj3666
  obj3667
  obj3668
  obj3669
  obj3670
  obj3671
  obj3672
  obj3673
  obj3674
  obj3675
  obj3676
  obj3677
  obj3678
  obj3679
  obj3680
  obj3681
  obj3682
  obj3683
  obj3684
  obj3685
  obj3686
  obj3687
  obj3688
  obj3689
  obj3690
  obj3691
  obj3692
  obj3693
  obj3694
  obj3695
  obj3696
  obj3697
  obj3698
  obj3699
  obj3700
  obj3701
  obj3702
  obj3703
  obj3704
  obj3705
  obj3706
  obj3707
  obj3708
  obj3709
  obj3710
  obj3711
  obj3712
  obj3713
  obj3714
  obj3715
  obj3716
  obj3717
  obj3718
  obj3719
  obj3720
  obj3721
  obj3722
  obj3723
  obj3724
  obj3725
  obj3726
  obj3727
  obj3728
  obj3729
  obj3730
  obj3731
  obj3732
  obj3733
  obj3734
  obj3735
  obj3736
  obj3737
  obj3738
  obj3739
  obj3740
  obj3741
  obj3742
  obj3743
  obj3744
  obj3745
  obj3746
  obj3747
  obj3748
  obj3749
  obj3750
  obj3751
  obj3752
  obj3753
  obj3754
  obj3755
  obj3756
  obj3757
  obj3758
  obj3759
  obj3760
  obj3761
  obj3762
  obj3763
  obj3764
  obj3765
  obj3766
  obj3767
  obj3768
  obj3769
  obj3770
  obj3771
  obj3772
  obj3773
  obj3774
  obj3775
  obj3776
  obj3777
  obj3778
  obj3779
  obj3780
  obj3781
  obj3782
  obj3783
  obj3784
  obj3785
  obj3786
  obj3787
  obj3788
  obj3789
  obj3790
  obj3791
  obj3792
  obj3793
  obj3794
  obj3795
  obj3796
  obj3797
  obj3798
  obj3799
  obj3800
  obj3801
  obj3802
  obj3803
  obj3804
  obj3805
  obj3806
  obj3807
  obj3808
  obj3809
  obj3810
  obj3811
  obj3812
  obj3813
  obj3814
  obj3815
  obj3816
  obj3817
  obj3818
  obj3819
  obj3820
  obj3821
  obj3822
  obj3823
  obj3824
  obj3825
  obj3826
  obj3827
  obj3828
  obj3829
  obj3830
  obj3831
  obj3832
  obj3833
  obj3834
  obj3835
  obj3836
  obj3837
  obj3838
  obj3839
  obj3840
  obj3841
  obj3842
  obj3843
  obj3844
  obj3845
  obj3846
  obj3847
  obj3848
  obj3849
  obj3850
  obj3851
  obj3852
  obj3853
  obj3854
  obj3855
  obj3856
  obj3857
  obj3858
  obj3859
  obj3860
  obj3861
  obj3862
  obj3863
  obj3864
  obj3865
  obj3866
  obj3867
  obj3868
  obj3869
  obj3870
  obj3871
  obj3872
  obj3873
  obj3874
  obj3875
  obj3876
  obj3877
  obj3878
  obj3879
  obj3880
  obj3881
  obj3882
  obj3883
  obj3884
  obj3885
  obj3886
  obj3887
  obj3888
  obj3889
  obj3890
  obj3891
  obj3892
  obj3893
  obj3894
  obj3895
  obj3896
  obj3897
  obj3898
  obj3899
  obj3900
  obj3901
  obj3902
  obj3903
  obj3904
  obj3905
  obj3906
  obj3907
  obj3908
  obj3909
  obj3910
  obj3911
  obj3912
  obj3913
  obj3914
  obj3915
  obj3916
  obj3917
  obj3918
  obj3919
  obj3920
  obj3921
  obj3922
  obj3923
  obj3924
  obj3925
  obj3926
  obj3927
  obj3928
  obj3929
  obj3930
  obj3931
  obj3932
  obj3933
  obj3934
  obj3935
  obj3936
  obj3937
  obj3938
  obj3939
  obj3940
  obj3941
  obj3942
  obj3943
  obj3944
  obj3945
  obj3946
  obj3947
  obj3948
  obj3949
  obj3950
  obj3951
  obj3952
  obj3953
  obj3954
  obj3955
  obj3956
  obj3957
  obj3958
  obj3959
  obj3960
  obj3961
  obj3962
  obj3963
  obj3964
  obj3965
  obj3966
  obj3967
  obj3968
  obj3969
  obj3970
  obj3971
  obj3972
  obj3973
  obj3974
  obj3975
  obj3976
  obj3977
  obj3978
  obj3979
  obj3980
  obj3981
  obj3982
  obj3983
  obj3984
  obj3985
  obj3986
  obj3987
  obj3988
  obj3989
  obj3990
  obj3991
  obj3992
  obj3993
  obj3994
  obj3995
  obj3996
  obj3997
  obj3998
  obj3999
  obj4000
  obj4001
  obj4002
  obj4003
  obj4004
  obj4005
  obj4006
  obj4007
  obj4008
  obj4009
  obj4010
  obj4011
  obj4012
  obj4013
  obj4014
  obj4015
  obj4016
  obj4017
  obj4018
  obj4019
  obj4020
  obj4021
  obj4022
  obj4023
  obj4024
  obj4025
  obj4026
  obj4027
  obj4028
  obj4029
  obj4030
  obj4031
  obj4032
  obj4033
  obj4034
  obj4035
  obj4036
  obj4037
  obj4038
  obj4039
  obj4040
  obj4041
  obj4042
  obj4043
  obj4044
  obj4045
  obj4046
  obj4047
  obj4048
  obj4049
  obj4050
  obj4051
  obj4052
  obj4053
  obj4054
  obj4055
  obj4056
  obj4057
  obj4058
  obj4059
  obj4060
  obj4061
  obj4062
  obj4063
  obj4064
  obj4065
  obj4066
  obj4067
  obj4068
  obj4069
  obj4070
  obj4071
  obj4072
  obj4073
  obj4074
  obj4075
  obj4076
  obj4077
  obj4078
  obj4079
  obj4080
  obj4081
  obj4082
  obj4083
  obj4084
  obj4085
  obj4086
  obj4087
  obj4088
  obj4089
  obj4090
  obj4091
  obj4092
  obj4093
  obj4094
  obj4095
  obj4096
  obj4097
  obj4098
  obj4099
  obj4100
  obj4101
  obj4102
  obj4103
  obj4104
  obj4105
  obj4106
  obj4107
  obj4108
  obj4109
  obj4110
  obj4111
  obj4112
  obj4113
  obj4114
  obj4115
  obj4116
  obj4117
  obj4118
  obj4119
  obj4120
  obj4121
  obj4122
  obj4123
  obj4124
  obj4125
  obj4126
  obj4127
  obj4128
  obj4129
  obj4130
  obj4131
  obj4132
  obj4133
  obj4134
  obj4135
  obj4136
  obj4137
  obj4138
  obj4139
  obj4140
  obj4141
  obj4142
  obj4143
  obj4144
  obj4145
  obj4146
  obj4147
  obj4148
  obj4149
  obj4150
  obj4151
  obj4152
  obj4153
  obj4154
  obj4155
  obj4156
  obj4157
  obj4158
  obj4159
  obj4160
  obj4161
  obj4162
  obj4163
  obj4164
  obj4165
  obj4166
  obj4167
  obj4168
  obj4169
  obj4170
  obj4171
  obj4172
  obj4173
  obj4174
  obj4175
  obj4176
  obj4177
  obj4178
  obj4179
  obj4180
  obj4181
  obj4182
  obj4183
  obj4184
  obj4185
  obj4186
  obj4187
  obj4188
  obj4189
  obj4190
  obj4191
  obj4192
  obj4193
  obj4194
  obj4195
  obj4196
  obj4197
  obj4198
  obj4199
  obj4200
  obj4201
  obj4202
  obj4203
  obj4204
  obj4205
  obj4206
  obj4207
  obj4208
  obj4209
  obj4210
  obj4211
  obj4212
  obj4213
  obj4214
  obj4215
  obj4216
  obj4217
  obj4218
  obj4219
  obj4220
  obj4221
  obj4222
  obj4223
  obj4224
  obj4225
  obj4226
  obj4227
  obj4228
  obj4229
  obj4230
  obj4231
  obj4232
  obj4233
  obj4234
  obj4235
  obj4236
  obj4237
  obj4238
  obj4239
  obj4240
  obj4241
  obj4242
  obj4243
  obj4244
  obj4245
  obj4246
  obj4247
  obj4248
  obj4249
  obj4250
  obj4251
  obj4252
  obj4253
  obj4254
  obj4255
  obj4256
  obj4257
  obj4258
  obj4259
  obj4260
  obj4261
  obj4262
  obj4263
  obj4264
  obj4265
  obj4266
  obj4267
  obj4268
  obj4269
  obj4270
  obj4271
  obj4272
  obj4273
  obj4274
  obj4275
  obj4276
  obj4277
  obj4278
  obj4279
  obj4280
  obj4281
  obj4282
  obj4283
  obj4284
  obj4285
  obj4286
  obj4287
  obj4288
  obj4289
  obj4290
  obj4291
  obj4292
  obj4293
  obj4294
  obj4295
  obj4296
  obj4297
  obj4298
  obj4299
  obj4300
  obj4301
  obj4302
  obj4303
  obj4304
  obj4305
  obj4306
  obj4307
  obj4308
  obj4309
  obj4310
  obj4311
  obj4312
  obj4313
  obj4314
  obj4315
  obj4316
  obj4317
  obj4318
  obj4319
  obj4320
  obj4321
  obj4322
  obj4323
  obj4324
  obj4325
  obj4326
  obj4327
  obj4328
  obj4329
  obj4330
  obj4331
  obj4332
  obj4333
  obj4334
  obj4335
  obj4336
  obj4337
  obj4338
  obj4339
  obj4340
  obj4341
  obj4342
  obj4343
  obj4344
  obj4345
  obj4346
  obj4347
  obj4348
  obj4349
  obj4350
  obj4351
  obj4352
  obj4353
  obj4354
  obj4355
  obj4356
  obj4357
  obj4358
  obj4359
  obj4360
  obj4361
  obj4362
  obj4363
  obj4364
  obj4365
  obj4366
  obj4367
  obj4368
  obj4369
  obj4370
  obj4371
  obj4372
  obj4373
  obj4374
  obj4375
  obj4376
  obj4377
  obj4378
  obj4379
  obj4380
  obj4381
  obj4382
  obj4383
  obj4384
  obj4385
  obj4386
  obj4387
  obj4388
  obj4389
  obj4390
  obj4391
  obj4392
  obj4393
  obj4394
  obj4395
  obj4396
  obj4397
  obj4398
  obj4399
  obj4400
  obj4401
  obj4402
  obj4403
  obj4404
  obj4405
  obj4406
  obj4407
  obj4408
  obj4409
  obj4410
  obj4411
  obj4412
  obj4413
  obj4414
  obj4415
  obj4416
  obj4417
  obj4418
  obj4419
  obj4420
  obj4421
  obj4422
  obj4423
  obj4424
  obj4425
  obj4426
  obj4427
  obj4428
  obj4429
  obj4430
  obj4431
  obj4432
  obj4433
  obj4434
  obj4435
  obj4436
  obj4437
  obj4438
  obj4439
  obj4440
  obj4441
  obj4442
  obj4443
  obj4444
  obj4445
  obj4446
  obj4447
  obj4448
  obj4449
  obj4450
  obj4451
  obj4452
  obj4453
  obj4454
  obj4455
  obj4456
  obj4457
  obj4458
  obj4459
  obj4460
  obj4461
  obj4462
  obj4463
  obj4464
  obj4465
  obj4466
  obj4467
  obj4468
  obj4469
  obj4470
  obj4471
  obj4472
  obj4473
  obj4474
  obj4475
  obj4476
  obj4477
  obj4478
  obj4479
  obj4480
  obj4481
  obj4482
  obj4483
  obj4484
  obj4485
  obj4486
  obj4487
  obj4488
  obj4489
  obj4490
  obj4491
  obj4492
  obj4493
  obj4494
  obj4495
  obj4496
  obj4497
  obj4498
  obj4499
  obj4500
  obj4501
  obj4502
  obj4503
  obj4504
  obj4505
  obj4506
  obj4507
  obj4508
  obj4509
  obj4510
  obj4511
  obj4512
  obj4513
  obj4514
  obj4515
  obj4516
  obj4517
  obj4518
  obj4519
  obj4520
  obj4521
  obj4522
  obj4523
  obj4524
  obj4525
  obj4526
  obj4527
  obj4528
  obj4529
  obj4530
  obj4531
  obj4532
  obj4533
  obj4534
  obj4535
  obj4536
  obj4537
  obj4538
  obj4539
  obj4540
  obj4541
  obj4542
  obj4543
  obj4544
  obj4545
  obj4546
  obj4547
  obj4548
  obj4549
  obj4550
  obj4551
  obj4552
  obj4553
  obj4554
  obj4555
  obj4556
  obj4557
  obj4558
  obj4559
  obj4560
  obj4561
  obj4562
  obj4563
  obj4564
  obj4565
  obj4566
  obj4567
  obj4568
  obj4569
  obj4570
  obj4571
  obj4572
  obj4573
  obj4574
  obj4575
  obj4576
  obj4577
  obj4578
  obj4579
  obj4580
  obj4581
  obj4582
  obj4583
  obj4584
  obj4585
  obj4586
  obj4587
  obj4588
  obj4589
  obj4590
  obj4591
  obj4592
  obj4593
  obj4594
  obj4595
  obj4596
  obj4597
  obj4598
  obj4599
  obj4600
  obj4601
  obj4602
  obj4603
  obj4604
  obj4605
  obj4606
  obj4607
  obj4608
  obj4609
  obj4610
  obj4611
  obj4612
  obj4613
  obj4614
  obj4615
  obj4616
  obj4617
  obj4618
  obj4619
  obj4620
  obj4621
  obj4622
  obj4623
  obj4624
  obj4625
  obj4626
  obj4627
  obj4628
  obj4629
  obj4630
  obj4631
  obj4632
  obj4633
  obj4634
  obj4635
  obj4636
  obj4637
  obj4638
  obj4639
  obj4640
  obj4641
  obj4642
  obj4643
  obj4644
  obj4645
  obj4646
  obj4647
  obj4648
  obj4649
  obj4650
  obj4651
  obj4652
  obj4653
  obj4654
  obj4655
  obj4656
  obj4657
  obj4658
  obj4659
  obj4660
  obj4661
  obj4662
  obj4663
  obj4664
  obj4665
  obj4666
  obj4667
  obj4668
  obj4669
  obj4670
  obj4671
  obj4672
  obj4673
  obj4674
  obj4675
  obj4676
  obj4677
  obj4678
  obj4679
  obj4680
  obj4681
  obj4682
  obj4683
  obj4684
  obj4685
  obj4686
  obj4687
  obj4688
  obj4689
  obj4690
  obj4691
  obj4692
  obj4693
  obj4694
  obj4695
  obj4696
  obj4697
  obj4698
  obj4699
  obj4700
  obj4701
  obj4702
  obj4703
  obj4704
  obj4705
  obj4706
  obj4707
  obj4708
  obj4709
  obj4710
  obj4711
  obj4712
  obj4713
  obj4714
  obj4715
  obj4716
  obj4717
  obj4718
  obj4719
  obj4720
  obj4721
  obj4722
  obj4723
  obj4724
  obj4725
  obj4726
  obj4727
  obj4728
  obj4729
  obj4730
  obj4731
  obj4732
  obj4733
  obj4734
  obj4735
  obj4736
  obj4737
  obj4738
  obj4739
  obj4740
  obj4741
  obj4742
  obj4743
  obj4744
  obj4745
  obj4746
  obj4747
  obj4748
  obj4749
  obj4750
  obj4751
  obj4752
  obj4753
  obj4754
  obj4755
  obj4756
  obj4757
  obj4758
  obj4759
  obj4760
  obj4761
  obj4762
  obj4763
  obj4764
  obj4765
  obj4766
  obj4767
  obj4768
  obj4769
  obj4770
  obj4771
  obj4772
  obj4773
  obj4774
  obj4775
  obj4776
  obj4777
  obj4778
  obj4779
  obj4780
  obj4781
  obj4782
  obj4783
  obj4784
  obj4785
  obj4786
  obj4787
  obj4788
  obj4789
  obj4790
  obj4791
  obj4792
  obj4793
  obj4794
  obj4795
  obj4796
  obj4797
  obj4798
  obj4799
  obj4800
  obj4801
  obj4802
  obj4803
  obj4804
  obj4805
  obj4806
  obj4807
  obj4808
  obj4809
  obj4810
  obj4811
  obj4812
  obj4813
  obj4814
  obj4815
  obj4816
  obj4817
  obj4818
  obj4819
  obj4820
  obj4821
  obj4822
  obj4823
  obj4824
  obj4825
  obj4826
  obj4827
  obj4828
  obj4829
  obj4830
  obj4831
  obj4832
  obj4833
  obj4834
  obj4835
  obj4836
  obj4837
  obj4838
  obj4839
  obj4840
  obj4841
  obj4842
  obj4843
  obj4844
  obj4845
  obj4846
  obj4847
  obj4848
  obj4849
  obj4850
  obj4851
  obj4852
  obj4853
  obj4854
  obj4855
  obj4856
  obj4857
  obj4858
  obj4859
  obj4860
  obj4861
  obj4862
  obj4863
  obj4864
  obj4865
  obj4866
  obj4867
  obj4868
  obj4869
  obj4870
  obj4871
  obj4872
  obj4873
  obj4874
  obj4875
  obj4876
  obj4877
  obj4878
  obj4879
  obj4880
  obj4881
  obj4882
  obj4883
  obj4884
  obj4885
  obj4886
  obj4887
  obj4888
  obj4889
  obj4890
  obj4891
  obj4892
  obj4893
  obj4894
  obj4895
  obj4896
  obj4897
  obj4898
  obj4899
  obj4900
  obj4901
  obj4902
  obj4903
  obj4904
  obj4905
  obj4906
  obj4907
  obj4908
  obj4909
  obj4910
  obj4911
  obj4912
  obj4913
  obj4914
  obj4915
  obj4916
  obj4917
  obj4918
  obj4919
  obj4920
  obj4921
  obj4922
  obj4923
  obj4924
  obj4925
  obj4926
  obj4927
  obj4928
  obj4929
  obj4930
  obj4931
  obj4932
  obj4933
  obj4934
  obj4935
  obj4936
  obj4937
  obj4938
  obj4939
  obj4940
  obj4941
  obj4942
  obj4943
  obj4944
  obj4945
  obj4946
  obj4947
  obj4948
  obj4949
  obj4950
  obj4951
  obj4952
  obj4953
  obj4954
  obj4955
  obj4956
  obj4957
  obj4958
  obj4959
  obj4960
  obj4961
  obj4962
  obj4963
  obj4964
  obj4965
  obj4966
  obj4967
  obj4968
  obj4969
  obj4970
  obj4971
  obj4972
  obj4973
  obj4974
  obj4975
  obj4976
  obj4977
  obj4978
  obj4979
  obj4980
  obj4981
  obj4982
  obj4983
  obj4984
  obj4985
  obj4986
  obj4987
  obj4988
  obj4989
  obj4990
  obj4991
  obj4992
  obj4993
  obj4994
  obj4995
  obj4996
  obj4997
  obj4998
  obj4999
  obj5000
  obj5001
  obj5002
  obj5003
  obj5004
  obj5005
  obj5006
  obj5007
  obj5008
  obj5009
  obj5010
  obj5011
  obj5012
  obj5013
  obj5014
  obj5015
  obj5016
  obj5017
  obj5018
  obj5019
  obj5020
  obj5021
  obj5022
  obj5023
  obj5024
  obj5025
  obj5026
  obj5027
  obj5028
  obj5029
  obj5030
  obj5031
  obj5032
  obj5033
  obj5034
  obj5035
  obj5036
  obj5037
  obj5038
  obj5039
  obj5040
  obj5041
  obj5042
  obj5043
  obj5044
  obj5045
  obj5046
  obj5047
  obj5048
  obj5049
  obj5050
  obj5051
  obj5052
  obj5053
  obj5054
  obj5055
  obj5056
  obj5057
  obj5058
  obj5059
  obj5060
  obj5061
  obj5062
  obj5063
  obj5064
  obj5065
  obj5066
  obj5067
  obj5068
  obj5069
  obj5070
  obj5071
  obj5072
  obj5073
  obj5074
  obj5075
  obj5076
  obj5077
  obj5078
  obj5079
  obj5080
  obj5081
  obj5082
  obj5083
  obj5084
  obj5085
  obj5086
  obj5087
  obj5088
  obj5089
  obj5090
  obj5091
  obj5092
  obj5093
  obj5094
  obj5095
  obj5096
  obj5097
  obj5098
  obj5099
  obj5100
  obj5101
  obj5102
  obj5103
  obj5104
  obj5105
  obj5106
  obj5107
  obj5108
  obj5109
  obj5110
  obj5111
  obj5112
  obj5113
  obj5114
  obj5115
  obj5116
  obj5117
  obj5118
  obj5119
  obj5120
  obj5121
  obj5122
  obj5123
  obj5124
  obj5125
  obj5126
  obj5127
  obj5128
  obj5129
  obj5130
  obj5131
  obj5132
  obj5133
  obj5134
  obj5135
  obj5136
  obj5137
  obj5138
  obj5139
  obj5140
  obj5141
  obj5142
  obj5143
  obj5144
  obj5145
  obj5146
  obj5147
  obj5148
  obj5149
  obj5150
  obj5151
  obj5152
  obj5153
  obj5154
  obj5155
  obj5156
  obj5157
  obj5158
  obj5159
  obj5160
  obj5161
  obj5162
  obj5163
  obj5164
  obj5165
  obj5166
  obj5167
  obj5168
  obj5169
  obj5170
  obj5171
  obj5172
  obj5173
  obj5174
  obj5175
  obj5176
  obj5177
  obj5178
  obj5179
  obj5180
  obj5181
  obj5182
  obj5183
  obj5184
  obj5185
  obj5186
  obj5187
  obj5188
  obj5189
  obj5190
  obj5191
  obj5192
  obj5193
  obj5194
  obj5195
  obj5196
  obj5197
  obj5198
  obj5199
  obj5200
  obj5201
  obj5202
  obj5203
  obj5204
  obj5205
  obj5206
  obj5207
  obj5208
  obj5209
  obj5210
  obj5211
  obj5212
  obj5213
  obj5214
  obj5215
  obj5216
  obj5217
  obj5218
  obj5219
  obj5220
  obj5221
  obj5222
  obj5223
  obj5224
  obj5225
  obj5226
  obj5227
  obj5228
  obj5229
  obj5230
  obj5231
  obj5232
  obj5233
  obj5234
  obj5235
  obj5236
  obj5237
  obj5238
  obj5239
  obj5240
  obj5241
  obj5242
  obj5243
  obj5244
  obj5245
  obj5246
  obj5247
  obj5248
  obj5249
  obj5250
  obj5251
  obj5252
  obj5253
  obj5254
  obj5255
  obj5256
  obj5257
  obj5258
  obj5259
  obj5260
  obj5261
  obj5262
  obj5263
  obj5264
  obj5265
  obj5266
  obj5267
  obj5268
  obj5269
  obj5270
  obj5271
  obj5272
  obj5273
  obj5274
  obj5275
  obj5276
  obj5277
  obj5278
  obj5279
  obj5280
  obj5281
  obj5282
  obj5283
  obj5284
  obj5285
  obj5286
  obj5287
  obj5288
  obj5289
  obj5290
  obj5291
  obj5292
  obj5293
  obj5294
  obj5295
  obj5296
  obj5297
  obj5298
  obj5299
  obj5300
  obj5301
  obj5302
  obj5303
  obj5304
  obj5305
  obj5306
  obj5307
  obj5308
  obj5309
  obj5310
  obj5311
  obj5312
  obj5313
  obj5314
  obj5315
  obj5316
  obj5317
  obj5318
  obj5319
  obj5320
  obj5321
  obj5322
  obj5323
  obj5324
  obj5325
  obj5326
  obj5327
  obj5328
  obj5329
  obj5330
  obj5331
  obj5332
  obj5333
  obj5334
  obj5335
  obj5336
  obj5337
  obj5338
  obj5339
  obj5340
  obj5341
  obj5342
  obj5343
  obj5344
  obj5345
  obj5346
  obj5347
  obj5348
  obj5349
  obj5350
  obj5351
  obj5352
  obj5353
  obj5354
  obj5355
  obj5356
  obj5357
  obj5358
  obj5359
  obj5360
  obj5361
  obj5362
  obj5363
  obj5364
  obj5365
  obj5366
  obj5367
  obj5368
  obj5369
  obj5370
  obj5371
  obj5372
  obj5373
  obj5374
  obj5375
  obj5376
  obj5377
  obj5378
  obj5379
  obj5380
  obj5381
  obj5382
  obj5383
  obj5384
  obj5385
  obj5386
  obj5387
  obj5388
  obj5389
  obj5390
  obj5391
  obj5392
  obj5393
  obj5394
  obj5395
  obj5396
  obj5397
  obj5398
  obj5399
  obj5400
  obj5401
  obj5402
  obj5403
  obj5404
  obj5405
  obj5406
  obj5407
  obj5408
  obj5409
  obj5410
  obj5411
  obj5412
  obj5413
  obj5414
  obj5415
  obj5416
  obj5417
  obj5418
  obj5419
  obj5420
  obj5421
  obj5422
  obj5423
  obj5424
  obj5425
  obj5426
  obj5427
  obj5428
  obj5429
  obj5430
  obj5431
  obj5432
  obj5433
  obj5434
  obj5435
  obj5436
  obj5437
  obj5438
  obj5439
  obj5440
  obj5441
  obj5442
  obj5443
  obj5444
  obj5445
  obj5446
  obj5447
  obj5448
  obj5449
  obj5450
  obj5451
  obj5452
  obj5453
  obj5454
  obj5455
  obj5456
  obj5457
  obj5458
  obj5459
  obj5460
  obj5461
  obj5462
  obj5463
  obj5464
  obj5465
  obj5466
  obj5467
  obj5468
  obj5469
  obj5470
  obj5471
  obj5472
  obj5473
  obj5474
  obj5475
  obj5476
  obj5477
  obj5478
  obj5479
  obj5480
  obj5481
  obj5482
  obj5483
  obj5484
  obj5485
  obj5486
  obj5487
  obj5488
  obj5489
  obj5490
  obj5491
  obj5492
  obj5493
  obj5494
  obj5495
  obj5496
  obj5497
  obj5498
  obj5499
  obj5500
  obj5501
  obj5502
  obj5503
  obj5504
  obj5505
  obj5506
  obj5507
  obj5508
  obj5509
  obj5510
  obj5511
  obj5512
  obj5513
  obj5514
  obj5515
  obj5516
  obj5517
  obj5518
  obj5519
  obj5520
  obj5521
  obj5522
  obj5523
  obj5524
  obj5525
  obj5526
  obj5527
  obj5528
  obj5529
  obj5530
  obj5531
  obj5532
  obj5533
  obj5534
  obj5535
  obj5536
  obj5537
  obj5538
  obj5539
  obj5540
  obj5541
  obj5542
  obj5543
  obj5544
  obj5545
  obj5546
  obj5547
  obj5548
  obj5549
  obj5550
  obj5551
  obj5552
  obj5553
  obj5554
  obj5555
  obj5556
  obj5557
  obj5558
  obj5559
  obj5560
  obj5561
  obj5562
  obj5563
  obj5564
  obj5565
  obj5566
  obj5567
  obj5568
  obj5569
  obj5570
  obj5571
  obj5572
  obj5573
  obj5574
  obj5575
  obj5576
  obj5577
  obj5578
  obj5579
  obj5580
  obj5581
  obj5582
  obj5583
  obj5584
  obj5585
  obj5586
  obj5587
  obj5588
  obj5589
  obj5590
  obj5591
  obj5592
  obj5593
  obj5594
  obj5595
  obj5596
  obj5597
  obj5598
  obj5599
  obj5600
  obj5601
  obj5602
  obj5603
  obj5604
  obj5605
  obj5606
  obj5607
  obj5608
  obj5609
  obj5610
  obj5611
  obj5612
  obj5613
  obj5614
  obj5615
  obj5616
  obj5617
  obj5618
  obj5619
  obj5620
  obj5621
  obj5622
  obj5623
  obj5624
  obj5625
  obj5626
  obj5627
  obj5628
  obj5629
  obj5630
  obj5631
  obj5632
  obj5633
  obj5634
  obj5635
  obj5636
  obj5637
  obj5638
  obj5639
  obj5640
  obj5641
  obj5642
  obj5643
  obj5644
  obj5645
  obj5646
  obj5647
  obj5648
  obj5649
  obj5650
  obj5651
  obj5652
  obj5653
  obj5654
  obj5655
  obj5656
  obj5657
  obj5658
  obj5659
  obj5660
  obj5661
  obj5662
  obj5663
  obj5664
  obj5665
  obj5666
  obj5667
  obj5668
  obj5669
  obj5670
  obj5671
  obj5672
  obj5673
  obj5674
  obj5675
  obj5676
  obj5677
  obj5678
  obj5679
  obj5680
  obj5681
  obj5682
  obj5683
  obj5684
  obj5685
  obj5686
  obj5687
  obj5688
  obj5689
  obj5690
  obj5691
  obj5692
  obj5693
  obj5694
  obj5695
  obj5696
  obj5697
  obj5698
  obj5699
  obj5700
  obj5701
  obj5702
  obj5703
  obj5704
  obj5705
  obj5706
  obj5707
  obj5708
  obj5709
  obj5710
  obj5711
  obj5712
  obj5713
  obj5714
  obj5715
  obj5716
  obj5717
  obj5718
  obj5719
  obj5720
  obj5721
  obj5722
  obj5723
  obj5724
  obj5725
  obj5726
  obj5727
  obj5728
  obj5729
  obj5730
  obj5731
  obj5732
  obj5733
  obj5734
  obj5735
  obj5736
  obj5737
  obj5738
  obj5739
  obj5740
  obj5741
  obj5742
  obj5743
  obj5744
  obj5745
  obj5746
  obj5747
  obj5748
  obj5749
  obj5750
  obj5751
  obj5752
  obj5753
  obj5754
  obj5755
  obj5756
  obj5757
  obj5758
  obj5759
  obj5760
  obj5761
  obj5762
  obj5763
  obj5764
  obj5765
  obj5766
  obj5767
  obj5768
  obj5769
  obj5770
  obj5771
  obj5772
  obj5773
  obj5774
  obj5775
  obj5776
  obj5777
  obj5778
  obj5779
  obj5780
  obj5781
  obj5782
  obj5783
  obj5784
  obj5785
  obj5786
  obj5787
  obj5788
  obj5789
  obj5790
  obj5791
  obj5792
  obj5793
  obj5794
  obj5795
  obj5796
  obj5797
  obj5798
  obj5799
  obj5800
  obj5801
  obj5802
  obj5803
  obj5804
  obj5805
  obj5806
  obj5807
  obj5808
  obj5809
  obj5810
  obj5811
  obj5812
  obj5813
  obj5814
  obj5815
  obj5816
  obj5817
  obj5818
  obj5819
  obj5820
  obj5821
  obj5822
  obj5823
  obj5824
  obj5825
  obj5826
  obj5827
  obj5828
  obj5829
  obj5830
  obj5831
  obj5832
  obj5833
  obj5834
  obj5835
  obj5836
  obj5837
  obj5838
  obj5839
  obj5840
  obj5841
  obj5842
  obj5843
  obj5844
  obj5845
  obj5846
  obj5847
  obj5848
  obj5849
  obj5850
  obj5851
  obj5852
  obj5853
  obj5854
  obj5855
  obj5856
  obj5857
  obj5858
  obj5859
  obj5860
  obj5861
  obj5862
  obj5863
  obj5864
  obj5865
  obj5866
  obj5867
  obj5868
  obj5869
  obj5870
  obj5871
  obj5872
  obj5873
  obj5874
  obj5875
  obj5876
  obj5877
  obj5878
  obj5879
  obj5880
  obj5881
  obj5882
  obj5883
  obj5884
  obj5885
  obj5886
  obj5887
  obj5888
  obj5889
  obj5890
  obj5891
  obj5892
  obj5893
  obj5894
  obj5895
  obj5896
  obj5897
  obj5898
  obj5899
  obj5900
  obj5901
  obj5902
  obj5903
  obj5904
  obj5905
  obj5906
  obj5907
  obj5908
  obj5909
  obj5910
  obj5911
  obj5912
  obj5913
  obj5914
  obj5915
  obj5916
  obj5917
  obj5918
  obj5919
  obj5920
  obj5921
  obj5922
  obj5923
  obj5924
  obj5925
  obj5926
  obj5927
  obj5928
  obj5929
  obj5930
  obj5931
  obj5932
  obj5933
  obj5934
  obj5935
  obj5936
  obj5937
  obj5938
  obj5939
  obj5940
  obj5941
  obj5942
  obj5943
  obj5944
  obj5945
  obj5946
  obj5947
  obj5948
  obj5949
  obj5950
  obj5951
  obj5952
  obj5953
  obj5954
  obj5955
  obj5956
  obj5957
  obj5958
  obj5959
  obj5960
  obj5961
  obj5962
  obj5963
  obj5964
  obj5965
  obj5966
  obj5967
  obj5968
  obj5969
  obj5970
  obj5971
  obj5972
  obj5973
  obj5974
  obj5975
  obj5976
  obj5977
  obj5978
  obj5979
  obj5980
  obj5981
  obj5982
  obj5983
  obj5984
  obj5985
  obj5986
  obj5987
  obj5988
  obj5989
  obj5990
  obj5991
  obj5992
  obj5993
  obj5994
  obj5995
  obj5996
  obj5997
  obj5998
  obj5999
  obj6000
  obj6001
  obj6002
  obj6003
  obj6004
  obj6005
  obj6006
  obj6007
  obj6008
  obj6009
  obj6010
  obj6011
  obj6012
  obj6013
  obj6014
  obj6015
  obj6016
  obj6017
  obj6018
  obj6019
  obj6020
  obj6021
  obj6022
  obj6023
  obj6024
  obj6025
  obj6026
  obj6027
  obj6028
  obj6029
  obj6030
  obj6031
  obj6032
  obj6033
  obj6034
  obj6035
  obj6036
  obj6037
  obj6038
  obj6039
  obj6040
  obj6041
  obj6042
  obj6043
  obj6044
  obj6045
  obj6046
  obj6047
  obj6048
  obj6049
  obj6050
  obj6051
  obj6052
  obj6053
  obj6054
  obj6055
  obj6056
  obj6057
  obj6058
  obj6059
  obj6060
  obj6061
  obj6062
  obj6063
  obj6064
  obj6065
  obj6066
  obj6067
  obj6068
  obj6069
  obj6070
  obj6071
  obj6072
  obj6073
  obj6074
  obj6075
  obj6076
  obj6077
  obj6078
  obj6079
  obj6080
  obj6081
  obj6082
  obj6083
  obj6084
  obj6085
  obj6086
  obj6087
  obj6088
  obj6089
  obj6090
  obj6091
  obj6092
  obj6093
  obj6094
  obj6095
  obj6096
  obj6097
  obj6098
  obj6099
  obj6100
  obj6101
  obj6102
  obj6103
  obj6104
  obj6105
  obj6106
  obj6107
  obj6108
  obj6109
  obj6110
  obj6111
  obj6112
  obj6113
  obj6114
  obj6115
  obj6116
  obj6117
  obj6118
  obj6119
  obj6120
  obj6121
  obj6122
  obj6123
  obj6124
  obj6125
  obj6126
  obj6127
  obj6128
  obj6129
  obj6130
  obj6131
  obj6132
  obj6133
  obj6134
  obj6135
  obj6136
  obj6137
  obj6138
  obj6139
  obj6140
  obj6141
  obj6142
  obj6143
  obj6144
  obj6145
  obj6146
  obj6147
  obj6148
  obj6149
  obj6150
  obj6151
  obj6152
  obj6153
  obj6154
  obj6155
  obj6156
  obj6157
  obj6158
  obj6159
  obj6160
  obj6161
  obj6162
  obj6163
  obj6164
  obj6165
  obj6166
  obj6167
  obj6168
  obj6169
  obj6170
  obj6171
  obj6172
  obj6173
  obj6174
  obj6175
  obj6176
  obj6177
  obj6178
  obj6179
  obj6180
  obj6181
  obj6182
  obj6183
  obj6184
  obj6185
  obj6186
  obj6187
  obj6188
  obj6189
  obj6190
  obj6191
  obj6192
  obj6193
  obj6194
  obj6195
  obj6196
  obj6197
  obj6198
  obj6199
  obj6200
  obj6201
  obj6202
  obj6203
  obj6204
  obj6205
  obj6206
  obj6207
  obj6208
  obj6209
  obj6210
  obj6211
  obj6212
  obj6213
  obj6214
  obj6215
  obj6216
  obj6217
  obj6218
  obj6219
  obj6220
  obj6221
  obj6222
  obj6223
  obj6224
  obj6225
  obj6226
  obj6227
  obj6228
  obj6229
  obj6230
  obj6231
  obj6232
  obj6233
  obj6234
  obj6235
  obj6236
  obj6237
  obj6238
  obj6239
  obj6240
  obj6241
  obj6242
  obj6243
  obj6244
  obj6245
  obj6246
  obj6247
  obj6248
  obj6249
  obj6250
  obj6251
  obj6252
  obj6253
  obj6254
  obj6255
  obj6256
  obj6257
  obj6258
  obj6259
  obj6260
  obj6261
  obj6262
  obj6263
  obj6264
  obj6265
  obj6266
  obj6267
  obj6268
  obj6269
  obj6270
  obj6271
  obj6272
  obj6273
  obj6274
  obj6275
  obj6276
  obj6277
  obj6278
  obj6279
  obj6280
  obj6281
  obj6282
  obj6283
  obj6284
  obj6285
  obj6286
  obj6287
  obj6288
  obj6289
  obj6290
  obj6291
  obj6292
  obj6293
  obj6294
  obj6295
  obj6296
  obj6297
  obj6298
  obj6299
  obj6300
  obj6301
  obj6302
  obj6303
  obj6304
  obj6305
  obj6306
  obj6307
  obj6308
  obj6309
  obj6310
  obj6311
  obj6312
  obj6313
  obj6314
  obj6315
  obj6316
  obj6317
  obj6318
  obj6319
  obj6320
  obj6321
  obj6322
  obj6323
  obj6324
  obj6325
  obj6326
  obj6327
  obj6328
  obj6329
  obj6330
  obj6331
  obj6332
  obj6333
  obj6334
  obj6335
  obj6336
  obj6337
  obj6338
  obj6339
  obj6340
  obj6341
  obj6342
  obj6343
  obj6344
  obj6345
  obj6346
  obj6347
  obj6348
  obj6349
  obj6350
  obj6351
  obj6352
  obj6353
  obj6354
  obj6355
  obj6356
  obj6357
  obj6358
  obj6359
  obj6360
  obj6361
  obj6362
  obj6363
  obj6364
  obj6365
  obj6366
  obj6367
  obj6368
  obj6369
  obj6370
  obj6371
  obj6372
  obj6373
  obj6374
  obj6375
  obj6376
  obj6377
  obj6378
  obj6379
  obj6380
  obj6381
  obj6382
  obj6383
  obj6384
  obj6385
  obj6386
  obj6387
  obj6388
  obj6389
  obj6390
  obj6391
  obj6392
  obj6393
  obj6394
  obj6395
  obj6396
  obj6397
  obj6398
  obj6399
  obj6400
  obj6401
  obj6402
  obj6403
  obj6404
  obj6405
  obj6406
  obj6407
  obj6408
  obj6409
  obj6410
  obj6411
  obj6412
  obj6413
  obj6414
  obj6415
  obj6416
  obj6417
  obj6418
  obj6419
  obj6420
  obj6421
  obj6422
  obj6423
  obj6424
  obj6425
  obj6426
  obj6427
  obj6428
  obj6429
  obj6430
  obj6431
  obj6432
  obj6433
  obj6434
  obj6435
  obj6436
  obj6437
  obj6438
  obj6439
  obj6440
  obj6441
  obj6442
  obj6443
  obj6444
  obj6445
  obj6446
  obj6447
  obj6448
  obj6449
  obj6450
  obj6451
  obj6452
  obj6453
  obj6454
  obj6455
  obj6456
  obj6457
  obj6458
  obj6459
  obj6460
  obj6461
  obj6462
  obj6463
  obj6464
  obj6465
  obj6466
  obj6467
  obj6468
  obj6469
  obj6470
  obj6471
  obj6472
  obj6473
  obj6474
  obj6475
  obj6476
  obj6477
  obj6478
  obj6479
  obj6480
  obj6481
  obj6482
  obj6483
  obj6484
  obj6485
  obj6486
  obj6487
  obj6488
  obj6489
  obj6490
  obj6491
  obj6492
  obj6493
  obj6494
  obj6495
  obj6496
  obj6497
  obj6498
  obj6499
  obj6500
  obj6501
  obj6502
  obj6503
  obj6504
  obj6505
  obj6506
  obj6507
  obj6508
  obj6509
  obj6510
  obj6511
  obj6512
  obj6513
  obj6514
  obj6515
  obj6516
  obj6517
  obj6518
  obj6519
  obj6520
  obj6521
  obj6522
  obj6523
  obj6524
  obj6525
  obj6526
  obj6527
  obj6528
  obj6529
  obj6530
  obj6531
  obj6532
  obj6533
  obj6534
  obj6535
  obj6536
  obj6537
  obj6538
  obj6539
  obj6540
  obj6541
  obj6542
  obj6543
  obj6544
  obj6545
  obj6546
  obj6547
  obj6548
  obj6549
  obj6550
  obj6551
  obj6552
  obj6553
  obj6554
  obj6555
  obj6556
  obj6557
  obj6558
  obj6559
  obj6560
  obj6561
  obj6562
  obj6563
  obj6564
  obj6565
  obj6566
  obj6567
  obj6568
  obj6569
  obj6570
  obj6571
  obj6572
  obj6573
  obj6574
  obj6575
  obj6576
  obj6577
  obj6578
  obj6579
  obj6580
  obj6581
  obj6582
  obj6583
  obj6584
  obj6585
  obj6586
  obj6587
  obj6588
  obj6589
  obj6590
  obj6591
  obj6592
  obj6593
  obj6594
  obj6595
  obj6596
  obj6597
  obj6598
  obj6599
  obj6600
  obj6601
  obj6602
  obj6603
  obj6604
  obj6605
  obj6606
  obj6607
  obj6608
  obj6609
  obj6610
  obj6611
  obj6612
  obj6613
  obj6614
  obj6615
  obj6616
  obj6617
  obj6618
  obj6619
  obj6620
  obj6621
  obj6622
  obj6623
  obj6624
  obj6625
  obj6626
  obj6627
  obj6628
  obj6629
  obj6630
  obj6631
  obj6632
  obj6633
  obj6634
  obj6635
  obj6636
  obj6637
  obj6638
  obj6639
  obj6640
  obj6641
  obj6642
  obj6643
  obj6644
  obj6645
  obj6646
  obj6647
  obj6648
  obj6649
  obj6650
  obj6651
  obj6652
  obj6653
  obj6654
  obj6655
  obj6656
  obj6657
  obj6658
  obj6659
  obj6660
  obj6661
  obj6662
  obj6663
  obj6664
  obj6665
  obj6666
  obj6667
  obj6668
  obj6669
  obj6670
  obj6671
  obj6672
  obj6673
  obj6674
  obj6675
  obj6676
  obj6677
  obj6678
  obj6679
  obj6680
  obj6681
  obj6682
  obj6683
  obj6684
  obj6685
  obj6686
  obj6687
  obj6688
  obj6689
  obj6690
  obj6691
  obj6692
  obj6693
  obj6694
  obj6695
  obj6696
  obj6697
  obj6698
  obj6699
  obj6700
  obj6701
  obj6702
  obj6703
  obj6704
  obj6705
  obj6706
  obj6707
  obj6708
  obj6709
  obj6710
  obj6711
  obj6712
  obj6713
  obj6714
  obj6715
  obj6716
  obj6717
  obj6718
  obj6719
  obj6720
  obj6721
  obj6722
  obj6723
  obj6724
  obj6725
  obj6726
  obj6727
  obj6728
  obj6729
  obj6730
  obj6731
  obj6732
  obj6733
  obj6734
  obj6735
  obj6736
  obj6737
  obj6738
  obj6739
  obj6740
  obj6741
  obj6742
  obj6743
  obj6744
  obj6745
  obj6746
  obj6747
  obj6748
  obj6749
  obj6750
  obj6751
  obj6752
  obj6753
  obj6754
  obj6755
  obj6756
  obj6757
  obj6758
  obj6759
  obj6760
  obj6761
  obj6762
  obj6763
  obj6764
  obj6765
  obj6766
  obj6767
  obj6768
  obj6769
  obj6770
  obj6771
  obj6772
  obj6773
  obj6774
  obj6775
  obj6776
  obj6777
  obj6778
  obj6779
  obj6780
  obj6781
  obj6782
  obj6783
  obj6784
  obj6785
  obj6786
  obj6787
  obj6788
  obj6789
  obj6790
  obj6791
  obj6792
  obj6793
  obj6794
  obj6795
  obj6796
  obj6797
  obj6798
  obj6799
  obj6800
  obj6801
  obj6802
  obj6803
  obj6804
  obj6805
  obj6806
  obj6807
  obj6808
  obj6809
  obj6810
  obj6811
  obj6812
  obj6813
  obj6814
  obj6815
  obj6816
  obj6817
  obj6818
  obj6819
  obj6820
  obj6821
  obj6822
  obj6823
  obj6824
  obj6825
  obj6826
  obj6827
  obj6828
  obj6829
  obj6830
  obj6831
  obj6832
  obj6833
  obj6834
  obj6835
  obj6836
  obj6837
  obj6838
  obj6839
  obj6840
  obj6841
  obj6842
  obj6843
  obj6844
  obj6845
  obj6846
  obj6847
  obj6848
  obj6849
  obj6850
  obj6851
  obj6852
  obj6853
  obj6854
  obj6855
  obj6856
  obj6857
  obj6858
  obj6859
  obj6860
  obj6861
  obj6862
  obj6863
  obj6864
  obj6865
  obj6866
  obj6867
  obj6868
  obj6869
  obj6870
  obj6871
  obj6872
  obj6873
  obj6874
  obj6875
  obj6876
  obj6877
  obj6878
  obj6879
  obj6880
  obj6881
  obj6882
  obj6883
  obj6884
  obj6885
  obj6886
  obj6887
  obj6888
  obj6889
  obj6890
  obj6891
  obj6892
  obj6893
  obj6894
  obj6895
  obj6896
  obj6897
  obj6898
  obj6899
  obj6900
  obj6901
  obj6902
  obj6903
  obj6904
  obj6905
  obj6906
  obj6907
  obj6908
  obj6909
  obj6910
  obj6911
  obj6912
  obj6913
  obj6914
  obj6915
  obj6916
  obj6917
  obj6918
  obj6919
  obj6920
  obj6921
  obj6922
  obj6923
  obj6924
  obj6925
  obj6926
  obj6927
  obj6928
  obj6929
  obj6930
  obj6931
  obj6932
  obj6933
  obj6934
  obj6935
  obj6936
  obj6937
  obj6938
  obj6939
  obj6940
  obj6941
  obj6942
  obj6943
  obj6944
  obj6945
  obj6946
  obj6947
  obj6948
  obj6949
  obj6950
  obj6951
  obj6952
  obj6953
  obj6954
  obj6955
  obj6956
  obj6957
  obj6958
  obj6959
  obj6960
  obj6961
  obj6962
  obj6963
  obj6964
  obj6965
  obj6966
  obj6967
  obj6968
  obj6969
  obj6970
  obj6971
  obj6972
  obj6973
  obj6974
  obj6975
  obj6976
  obj6977
  obj6978
  obj6979
  obj6980
  obj6981
  obj6982
  obj6983
  obj6984
  obj6985
  obj6986
  obj6987
  obj6988
  obj6989
  obj6990
  obj6991
  obj6992
  obj6993
  obj6994
  obj6995
  obj6996
  obj6997
  obj6998
  obj6999
  obj7000
  obj7001
  obj7002
  obj7003
  obj7004
  obj7005
  obj7006
  obj7007
  obj7008
  obj7009
  obj7010
  obj7011
  obj7012
  obj7013
  obj7014
  obj7015
  obj7016
  obj7017
  obj7018
  obj7019
  obj7020
  obj7021
  obj7022
  obj7023
  obj7024
  obj7025
  obj7026
  obj7027
  obj7028
  obj7029
  obj7030
  obj7031
  obj7032
  obj7033
  obj7034
  obj7035
  obj7036
  obj7037
  obj7038
  obj7039
  obj7040
  obj7041
  obj7042
  obj7043
  obj7044
  obj7045
  obj7046
  obj7047
  obj7048
  obj7049
  obj7050
  obj7051
  obj7052
  obj7053
  obj7054
  obj7055
  obj7056
  obj7057
  obj7058
  obj7059
  obj7060
  obj7061
  obj7062
  obj7063
  obj7064
  obj7065
  obj7066
  obj7067
  obj7068
  obj7069
  obj7070
  obj7071
  obj7072
  obj7073
  obj7074
  obj7075
  obj7076
  obj7077
  obj7078
  obj7079
  obj7080
  obj7081
  obj7082
  obj7083
  obj7084
  obj7085
  obj7086
  obj7087
  obj7088
  obj7089
  obj7090
  obj7091
  obj7092
  obj7093
  obj7094
  obj7095
  obj7096
  obj7097
  obj7098
  obj7099
  obj7100
  obj7101
  obj7102
  obj7103
  obj7104
  obj7105
  obj7106
  obj7107
  obj7108
  obj7109
  obj7110
  obj7111
  obj7112
  obj7113
  obj7114
  obj7115
  obj7116
  obj7117
  obj7118
  obj7119
  obj7120
  obj7121
  obj7122
  obj7123
  obj7124
  obj7125
  obj7126
  obj7127
  obj7128
  obj7129
  obj7130
  obj7131
  obj7132
  obj7133
  obj7134
  obj7135
  obj7136
  obj7137
  obj7138
  obj7139
  obj7140
  obj7141
  obj7142
  obj7143
  obj7144
  obj7145
  obj7146
  obj7147
  obj7148
  obj7149
  obj7150
  obj7151
  obj7152
  obj7153
  obj7154
  obj7155
  obj7156
  obj7157
  obj7158
  obj7159
  obj7160
  obj7161
  obj7162
  obj7163
  obj7164
  obj7165
  obj7166
  obj7167
  obj7168
  obj7169
  obj7170
  obj7171
  obj7172
  obj7173
  obj7174
  obj7175
  obj7176
  obj7177
  obj7178
  obj7179
  obj7180
  obj7181
  obj7182
  obj7183
  obj7184
  obj7185
  obj7186
  obj7187
  obj7188
  obj7189
  obj7190
  obj7191
  obj7192
  obj7193
  obj7194
  obj7195
  obj7196
  obj7197
  obj7198
  obj7199
  obj7200
  obj7201
  obj7202
  obj7203
  obj7204
  obj7205
  obj7206
  obj7207
  obj7208
  obj7209
  obj7210
  obj7211
  obj7212
  obj7213
  obj7214
  obj7215
  obj7216
  obj7217
  obj7218
  obj7219
  obj7220
  obj7221
  obj7222
  obj7223
  obj7224
  obj7225
  obj7226
  obj7227
  obj7228
  obj7229
  obj7230
  obj7231
  obj7232
  obj7233
  obj7234
  obj7235
  obj7236
  obj7237
  obj7238
  obj7239
  obj7240
  obj7241
  obj7242
  obj7243
  obj7244
  obj7245
  obj7246
  obj7247
  obj7248
  obj7249
  obj7250
  obj7251
  obj7252
  obj7253
  obj7254
  obj7255
  obj7256
  obj7257
  obj7258
  obj7259
  obj7260
  obj7261
  obj7262
  obj7263
  obj7264
  obj7265
  obj7266
  obj7267
  obj7268
  obj7269
  obj7270
  obj7271
  obj7272
  obj7273
  obj7274
  obj7275
  obj7276
  obj7277
  obj7278
  obj7279
  obj7280
  obj7281
  obj7282
  obj7283
  obj7284
  obj7285
  obj7286
  obj7287
  obj7288
  obj7289
  obj7290
  obj7291
  obj7292
  obj7293
  obj7294
  obj7295
  obj7296
  obj7297
  obj7298
  obj7299
  obj7300
  obj7301
  obj7302
  obj7303
  obj7304
  obj7305
  obj7306
  obj7307
  obj7308
  obj7309
  obj7310
  obj7311
  obj7312
  obj7313
  obj7314
  obj7315
  obj7316
  obj7317
  obj7318
  obj7319
  obj7320
  obj7321
  obj7322
  obj7323
  obj7324
  obj7325
  obj7326
  obj7327
  obj7328
  obj7329
  obj7330
  obj7331
  obj7332
  obj7333
  obj7334
  obj7335
  obj7336
  obj7337
  obj7338
  obj7339
  obj7340
  obj7341
  obj7342
  obj7343
  obj7344
  obj7345
  obj7346
  obj7347
  obj7348
  obj7349
  obj7350
  obj7351
  obj7352
  obj7353
  obj7354
  obj7355
  obj7356
  obj7357
  obj7358
  obj7359
  obj7360
  obj7361
  obj7362
  obj7363
  obj7364
  obj7365
  obj7366
  obj7367
  obj7368
  obj7369
  obj7370
  obj7371
  obj7372
  obj7373
  obj7374
  obj7375
  obj7376
  obj7377
  obj7378
  obj7379
  obj7380
  obj7381
  obj7382
  obj7383
  obj7384
  obj7385
  obj7386
  obj7387
  obj7388
  obj7389
  obj7390
  obj7391
  obj7392
  obj7393
  obj7394
  obj7395
  obj7396
  obj7397
  obj7398
  obj7399
  obj7400
  obj7401
  obj7402
  obj7403
  obj7404
  obj7405
  obj7406
  obj7407
  obj7408
  obj7409
  obj7410
  obj7411
  obj7412
  obj7413
  obj7414
  obj7415
  obj7416
  obj7417
  obj7418
  obj7419
  obj7420
  obj7421
  obj7422
  obj7423
  obj7424
  obj7425
  obj7426
  obj7427
  obj7428
  obj7429
  obj7430
  obj7431
  obj7432
  obj7433
  obj7434
  obj7435
  obj7436
  obj7437
  obj7438
  obj7439
  obj7440
  obj7441
  obj7442
  obj7443
  obj7444
  obj7445
  obj7446
  obj7447
  obj7448
  obj7449
  obj7450
  obj7451
  obj7452
  obj7453
  obj7454
  obj7455
  obj7456
  obj7457
  obj7458
  obj7459
  obj7460
  obj7461
  obj7462
  obj7463
  obj7464
  obj7465
  obj7466
  obj7467
  obj7468
  obj7469
  obj7470
  obj7471
  obj7472
  obj7473
  obj7474
  obj7475
  obj7476
  obj7477
  obj7478
  obj7479
  obj7480
  obj7481
  obj7482
  obj7483
  obj7484
  obj7485
  obj7486
  obj7487
  obj7488
  obj7489
  obj7490
  obj7491
  obj7492
  obj7493
  obj7494
  obj7495
  obj7496
  obj7497
  obj7498
  obj7499
  obj7500
  obj7501
  obj7502
  obj7503
  obj7504
  obj7505
  obj7506
  obj7507
  obj7508
  obj7509
  obj7510
  obj7511
  obj7512
  obj7513
  obj7514
  obj7515
  obj7516
  obj7517
  obj7518
  obj7519
  obj7520
  obj7521
  obj7522
  obj7523
  obj7524
  obj7525
  obj7526
  obj7527
  obj7528
  obj7529
  obj7530
  obj7531
  obj7532
  obj7533
  obj7534
  obj7535
  obj7536
  obj7537
  obj7538
  obj7539
  obj7540
  obj7541
  obj7542
  obj7543
  obj7544
  obj7545
  obj7546
  obj7547
  obj7548
  obj7549
  obj7550
  obj7551
  obj7552
  obj7553
  obj7554
  obj7555
  obj7556
  obj7557
  obj7558
  obj7559
  obj7560
  obj7561
  obj7562
  obj7563
  obj7564
  obj7565
  obj7566
  obj7567
  obj7568
  obj7569
  obj7570
  obj7571
  obj7572
  obj7573
  obj7574
  obj7575
  obj7576
  obj7577
  obj7578
  obj7579
  obj7580
  obj7581
  obj7582
  obj7583
  obj7584
  obj7585
  obj7586
  obj7587
  obj7588
  obj7589
  obj7590
  obj7591
  obj7592
  obj7593
  obj7594
  obj7595
  obj7596
  obj7597
  obj7598
  obj7599
  obj7600
  obj7601
  obj7602
  obj7603
  obj7604
  obj7605
  obj7606
  obj7607
  obj7608
  obj7609
  obj7610
  obj7611
  obj7612
  obj7613
  obj7614
  obj7615
  obj7616
  obj7617
  obj7618
  obj7619
  obj7620
  obj7621
  obj7622
  obj7623
  obj7624
  obj7625
  obj7626
  obj7627
  obj7628
  obj7629
  obj7630
  obj7631
  obj7632
  obj7633
  obj7634
  obj7635
  obj7636
  obj7637
  obj7638
  obj7639
  obj7640
  obj7641
  obj7642
  obj7643
  obj7644
  obj7645
  obj7646
  obj7647
  obj7648
  obj7649
  obj7650
  obj7651
  obj7652
  obj7653
  obj7654
  obj7655
  obj7656
  obj7657
  obj7658
  obj7659
  obj7660
  obj7661
  obj7662
  obj7663
  obj7664
  obj7665
  obj7666
  obj7667
  obj7668
  obj7669
  obj7670
  obj7671
  obj7672
  obj7673
  obj7674
  obj7675
  obj7676
  obj7677
  obj7678
  obj7679
  obj7680
  obj7681
  obj7682
  obj7683
  obj7684
  obj7685
  obj7686
  obj7687
  obj7688
  obj7689
  obj7690
  obj7691
  obj7692
  obj7693
  obj7694
  obj7695
  obj7696
  obj7697
  obj7698
  obj7699
  obj7700
  obj7701
  obj7702
  obj7703
  obj7704
  obj7705
  obj7706
  obj7707
  obj7708
  obj7709
  obj7710
  obj7711
  obj7712
  obj7713
  obj7714
  obj7715
  obj7716
  obj7717
  obj7718
  obj7719
  obj7720
  obj7721
  obj7722
  obj7723
  obj7724
  obj7725
  obj7726
  obj7727
  obj7728
  obj7729
  obj7730
  obj7731
  obj7732
  obj7733
  obj7734
  obj7735
  obj7736
  obj7737
  obj7738
  obj7739
  obj7740
  obj7741
  obj7742
  obj7743
  obj7744
  obj7745
  obj7746
  obj7747
  obj7748
  obj7749
  obj7750
  obj7751
  obj7752
  obj7753
  obj7754
  obj7755
  obj7756
  obj7757
  obj7758
  obj7759
  obj7760
  obj7761
  obj7762
  obj7763
  obj7764
  obj7765
  obj7766
  obj7767
  obj7768
  obj7769
  obj7770
  obj7771
  obj7772
  obj7773
  obj7774
  obj7775
  obj7776
  obj7777
  obj7778
  obj7779
  obj7780
  obj7781
  obj7782
  obj7783
  obj7784
  obj7785
  obj7786
  obj7787
  obj7788
  obj7789
  obj7790
  obj7791
  obj7792
  obj7793
  obj7794
  obj7795
  obj7796
  obj7797
  obj7798
  obj7799
  obj7800
  obj7801
  obj7802
  obj7803
  obj7804
  obj7805
  obj7806
  obj7807
  obj7808
  obj7809
  obj7810
  obj7811
  obj7812
  obj7813
  obj7814
  obj7815
  obj7816
  obj7817
  obj7818
  obj7819
  obj7820
  obj7821
  obj7822
  obj7823
  obj7824
  obj7825
  obj7826
  obj7827
  obj7828
  obj7829
  obj7830
  obj7831
  obj7832
  obj7833
  obj7834
  obj7835
  obj7836
  obj7837
  obj7838
  obj7839
  obj7840
  obj7841
  obj7842
  obj7843
  obj7844
  obj7845
  obj7846
  obj7847
  obj7848
  obj7849
  obj7850
  obj7851
  obj7852
  obj7853
  obj7854
  obj7855
  obj7856
  obj7857
  obj7858
  obj7859
  obj7860
  obj7861
  obj7862
  obj7863
  obj7864
  obj7865
  obj7866
  obj7867
  obj7868
  obj7869
  obj7870
  obj7871
  obj7872
  obj7873
  obj7874
  obj7875
  obj7876
  obj7877
  obj7878
  obj7879
  obj7880
  obj7881
  obj7882
  obj7883
  obj7884
  obj7885
  obj7886
  obj7887
  obj7888
  obj7889
  obj7890
  obj7891
  obj7892
  obj7893
  obj7894
  obj7895
  obj7896
  obj7897
  obj7898
  obj7899
  obj7900
  obj7901
  obj7902
  obj7903
  obj7904
  obj7905
  obj7906
  obj7907
  obj7908
  obj7909
  obj7910
  obj7911
  obj7912
  obj7913
  obj7914
  obj7915
  obj7916
  obj7917
  obj7918
  obj7919
  obj7920
  obj7921
  obj7922
  obj7923
  obj7924
  obj7925
  obj7926
  obj7927
  obj7928
  obj7929
  obj7930
  obj7931
  obj7932
  obj7933
  obj7934
  obj7935
  obj7936
  obj7937
  obj7938
  obj7939
  obj7940
  obj7941
  obj7942
  obj7943
  obj7944
  obj7945
  obj7946
  obj7947
  obj7948
  obj7949
  obj7950
  obj7951
  obj7952
  obj7953
  obj7954
  obj7955
  obj7956
  obj7957
  obj7958
  obj7959
  obj7960
  obj7961
  obj7962
  obj7963
  obj7964
  obj7965
  obj7966
  obj7967
  obj7968
  obj7969
  obj7970
  obj7971
  obj7972
  obj7973
  obj7974
  obj7975
  obj7976
  obj7977
  obj7978
  obj7979
  obj7980
  obj7981
  obj7982
  obj7983
  obj7984
  obj7985
  obj7986
  obj7987
  obj7988
  obj7989
  obj7990
  obj7991
  obj7992
  obj7993
  obj7994
  obj7995
  obj7996
  obj7997
  obj7998
  obj7999
  obj8000
  obj8001
  obj8002
  obj8003
  obj8004
  obj8005
  obj8006
  obj8007
  obj8008
  obj8009
  obj8010
  obj8011
  obj8012
  obj8013
  obj8014
  obj8015
  obj8016
  obj8017
  obj8018
  obj8019
  obj8020
  obj8021
  obj8022
  obj8023
  obj8024
  obj8025
  obj8026
  obj8027
  obj8028
  obj8029
  obj8030
  obj8031
  obj8032
  obj8033
  obj8034
  obj8035
  obj8036
  obj8037
  obj8038
  obj8039
  obj8040
  obj8041
  obj8042
  obj8043
  obj8044
  obj8045
  obj8046
  obj8047
  obj8048
  obj8049
  obj8050
  obj8051
  obj8052
  obj8053
  obj8054
  obj8055
  obj8056
  obj8057
  obj8058
  obj8059
  obj8060
  obj8061
  obj8062
  obj8063
  obj8064
  obj8065
  obj8066
  obj8067
  obj8068
  obj8069
  obj8070
  obj8071
  obj8072
  obj8073
  obj8074
  obj8075
  obj8076
  obj8077
  obj8078
  obj8079
  obj8080
  obj8081
  obj8082
  obj8083
  obj8084
  obj8085
  obj8086
  obj8087
  obj8088
  obj8089
  obj8090
  obj8091
  obj8092
  obj8093
  obj8094
  obj8095
  obj8096
  obj8097
  obj8098
  obj8099
  obj8100
  obj8101
  obj8102
  obj8103
  obj8104
  obj8105
  obj8106
  obj8107
  obj8108
  obj8109
  obj8110
  obj8111
  obj8112
  obj8113
  obj8114
  obj8115
  obj8116
  obj8117
  obj8118
  obj8119
  obj8120
  obj8121
  obj8122
  obj8123
  obj8124
  obj8125
  obj8126
  obj8127
  obj8128
  obj8129
  obj8130
  obj8131
  obj8132
  obj8133
  obj8134
  obj8135
  obj8136
  obj8137
  obj8138
  obj8139
  obj8140
  obj8141
  obj8142
  obj8143
  obj8144
  obj8145
  obj8146
  obj8147
  obj8148
  obj8149
  obj8150
  obj8151
  obj8152
  obj8153
  obj8154
  obj8155
  obj8156
  obj8157
  obj8158
  obj8159
  obj8160
  obj8161
  obj8162
  obj8163
  obj8164
  obj8165
  obj8166
  obj8167
  obj8168
  obj8169
  obj8170
  obj8171
  obj8172
  obj8173
  obj8174
  obj8175
  obj8176
  obj8177
  obj8178
  obj8179
  obj8180
  obj8181
  obj8182
  obj8183
  obj8184
  obj8185
  obj8186
  obj8187
  obj8188
  obj8189
  obj8190
  obj8191
  obj8192
  obj8193
  obj8194
  obj8195
  obj8196
  obj8197
  obj8198
  obj8199
  obj8200
  obj8201
  obj8202
  obj8203
  obj8204
  obj8205
  obj8206
  obj8207
  obj8208
  obj8209
  obj8210
  obj8211
  obj8212
  obj8213
  obj8214
  obj8215
  obj8216
  obj8217
  obj8218
  obj8219
  obj8220
  obj8221
  obj8222
  obj8223
  obj8224
  obj8225
  obj8226
  obj8227
  obj8228
  obj8229
  obj8230
  obj8231
  obj8232
  obj8233
  obj8234
  obj8235
  obj8236
  obj8237
  obj8238
  obj8239
  obj8240
  obj8241
  obj8242
  obj8243
  obj8244
  obj8245
  obj8246
  obj8247
  obj8248
  obj8249
  obj8250
  obj8251
  obj8252
  obj8253
  obj8254
  obj8255
  obj8256
  obj8257
  obj8258
  obj8259
  obj8260
  obj8261
  obj8262
  obj8263
  obj8264
  obj8265
  obj8266
  obj8267
  obj8268
  obj8269
  obj8270
  obj8271
  obj8272
  obj8273
  obj8274
  obj8275
  obj8276
  obj8277
  obj8278
  obj8279
  obj8280
  obj8281
  obj8282
  obj8283
  obj8284
  obj8285
  obj8286
  obj8287
  obj8288
  obj8289
  obj8290
  obj8291
  obj8292
  obj8293
  obj8294
  obj8295
  obj8296
  obj8297
  obj8298
  obj8299
  obj8300
  obj8301
  obj8302
  obj8303
  obj8304
  obj8305
  obj8306
  obj8307
  obj8308
  obj8309
  obj8310
  obj8311
  obj8312
  obj8313
  obj8314
  obj8315
  obj8316
  obj8317
  obj8318
  obj8319
  obj8320
  obj8321
  obj8322
  obj8323
  obj8324
  obj8325
  obj8326
  obj8327
  obj8328
  obj8329
  obj8330
  obj8331
  obj8332
  obj8333
  obj8334
  obj8335
  obj8336
  obj8337
  obj8338
  obj8339
  obj8340
  obj8341
  obj8342
  obj8343
  obj8344
  obj8345
  obj8346
  obj8347
  obj8348
  obj8349
  obj8350
  obj8351
  obj8352
  obj8353
  obj8354
  obj8355
  obj8356
  obj8357
  obj8358
  obj8359
  obj8360
  obj8361
  obj8362
  obj8363
  obj8364
  obj8365
  obj8366
  obj8367
  obj8368
  obj8369
  obj8370
  obj8371
  obj8372
  obj8373
  obj8374
  obj8375
  obj8376
  obj8377
  obj8378
  obj8379
  obj8380
  obj8381
  obj8382
  obj8383
  obj8384
  obj8385
  obj8386
  obj8387
  obj8388
  obj8389
  obj8390
  obj8391
  obj8392
  obj8393
  obj8394
  obj8395
  obj8396
  obj8397
  obj8398
  obj8399
  obj8400
  obj8401
  obj8402
  obj8403
  obj8404
  obj8405
  obj8406
  obj8407
  obj8408
  obj8409
  obj8410
  obj8411
  obj8412
  obj8413
  obj8414
  obj8415
  obj8416
  obj8417
  obj8418
  obj8419
  obj8420
  obj8421
  obj8422
  obj8423
  obj8424
  obj8425
  obj8426
  obj8427
  obj8428
  obj8429
  obj8430
  obj8431
  obj8432
  obj8433
  obj8434
  obj8435
  obj8436
  obj8437
  obj8438
  obj8439
  obj8440
  obj8441
  obj8442
  obj8443
  obj8444
  obj8445
  obj8446
  obj8447
  obj8448
  obj8449
  obj8450
  obj8451
  obj8452
  obj8453
  obj8454
  obj8455
  obj8456
  obj8457
  obj8458
  obj8459
  obj8460
  obj8461
  obj8462
  obj8463
  obj8464
  obj8465
  obj8466
  obj8467
  obj8468
  obj8469
  obj8470
  obj8471
  obj8472
  obj8473
  obj8474
  obj8475
  obj8476
  obj8477
  obj8478
  obj8479
  obj8480
  obj8481
  obj8482
  obj8483
  obj8484
  obj8485
  obj8486
  obj8487
  obj8488
  obj8489
  obj8490
  obj8491
  obj8492
  obj8493
  obj8494
  obj8495
  obj8496
  obj8497
  obj8498
  obj8499
  obj8500
  obj8501
  obj8502
  obj8503
  obj8504
  obj8505
  obj8506
  obj8507
  obj8508
  obj8509
  obj8510
  obj8511
  obj8512
  obj8513
  obj8514
  obj8515
  obj8516
  obj8517
  obj8518
  obj8519
  obj8520
  obj8521
  obj8522
  obj8523
  obj8524
  obj8525
  obj8526
  obj8527
  obj8528
  obj8529
  obj8530
  obj8531
  obj8532
  obj8533
  obj8534
  obj8535
  obj8536
  obj8537
  obj8538
  obj8539
  obj8540
  obj8541
  obj8542
  obj8543
  obj8544
  obj8545
  obj8546
  obj8547
  obj8548
  obj8549
  obj8550
  obj8551
  obj8552
  obj8553
  obj8554
  obj8555
  obj8556
  obj8557
  obj8558
  obj8559
  obj8560
  obj8561
  obj8562
  obj8563
  obj8564
  obj8565
  obj8566
  obj8567
  obj8568
  obj8569
  obj8570
  obj8571
  obj8572
  obj8573
  obj8574
  obj8575
  obj8576
  obj8577
  obj8578
  obj8579
  obj8580
  obj8581
  obj8582
  obj8583
  obj8584
  obj8585
  obj8586
  obj8587
  obj8588
  obj8589
  obj8590
  obj8591
  obj8592
  obj8593
  obj8594
  obj8595
  obj8596
  obj8597
  obj8598
  obj8599
  obj8600
  obj8601
  obj8602
  obj8603
  obj8604
  obj8605
  obj8606
  obj8607
  obj8608
  obj8609
  obj8610
  obj8611
  obj8612
  obj8613
  obj8614
  obj8615
  obj8616
  obj8617
  obj8618
  obj8619
  obj8620
  obj8621
  obj8622
  obj8623
  obj8624
  obj8625
  obj8626
  obj8627
  obj8628
  obj8629
  obj8630
  obj8631
  obj8632
  obj8633
  obj8634
  obj8635
  obj8636
  obj8637
  obj8638
  obj8639
  obj8640
  obj8641
  obj8642
  obj8643
  obj8644
  obj8645
  obj8646
  obj8647
  obj8648
  obj8649
  obj8650
  obj8651
  obj8652
  obj8653
  obj8654
  obj8655
  obj8656
  obj8657
  obj8658
  obj8659
  obj8660
  obj8661
  obj8662
  obj8663
  obj8664
  obj8665
  obj8666
  obj8667
  obj8668
  obj8669
  obj8670
  obj8671
  obj8672
  obj8673
  obj8674
  obj8675
  obj8676
  obj8677
  obj8678
  obj8679
  obj8680
  obj8681
  obj8682
  obj8683
  obj8684
  obj8685
  obj8686
  obj8687
  obj8688
  obj8689
  obj8690
  obj8691
  obj8692
  obj8693
  obj8694
  obj8695
  obj8696
  obj8697
  obj8698
  obj8699
  obj8700
  obj8701
  obj8702
  obj8703
  obj8704
  obj8705
  obj8706
  obj8707
  obj8708
  obj8709
  obj8710
  obj8711
  obj8712
  obj8713
  obj8714
  obj8715
  obj8716
  obj8717
  obj8718
  obj8719
  obj8720
  obj8721
  obj8722
  obj8723
  obj8724
  obj8725
  obj8726
  obj8727
  obj8728
  obj8729
  obj8730
  obj8731
  obj8732
  obj8733
  obj8734
  obj8735
  obj8736
  obj8737
  obj8738
  obj8739
  obj8740
  obj8741
  obj8742
  obj8743
  obj8744
  obj8745
  obj8746
  obj8747
  obj8748
  obj8749
  obj8750
  obj8751
  obj8752
  obj8753
  obj8754
  obj8755
  obj8756
  obj8757
  obj8758
  obj8759
  obj8760
  obj8761
  obj8762
  obj8763
  obj8764
  obj8765
  obj8766
  obj8767
  obj8768
  obj8769
  obj8770
  obj8771
  obj8772
  obj8773
  obj8774
  obj8775
  obj8776
  obj8777
  obj8778
  obj8779
  obj8780
  obj8781
  obj8782
  obj8783
  obj8784
  obj8785
  obj8786
  obj8787
  obj8788
  obj8789
  obj8790
  obj8791
  obj8792
  obj8793
  obj8794
  obj8795
  obj8796
  obj8797
  obj8798
  obj8799
  obj8800
  obj8801
  obj8802
  obj8803
  obj8804
  obj8805
  obj8806
  obj8807
  obj8808
  obj8809
  obj8810
  obj8811
  obj8812
  obj8813
  obj8814
  obj8815
  obj8816
  obj8817
  obj8818
  obj8819
  obj8820
  obj8821
  obj8822
  obj8823
  obj8824
  obj8825
  obj8826
  obj8827
  obj8828
  obj8829
  obj8830
  obj8831
  obj8832
  obj8833
  obj8834
  obj8835
  obj8836
  obj8837
  obj8838
  obj8839
  obj8840
  obj8841
  obj8842
  obj8843
  obj8844
  obj8845
  obj8846
  obj8847
  obj8848
  obj8849
  obj8850
  obj8851
  obj8852
  obj8853
  obj8854
  obj8855
  obj8856
  obj8857
  obj8858
  obj8859
  obj8860
  obj8861
  obj8862
  obj8863
  obj8864
  obj8865
  obj8866
  obj8867
  obj8868
  obj8869
  obj8870
  obj8871
  obj8872
  obj8873
  obj8874
  obj8875
  obj8876
  obj8877
  obj8878
  obj8879
  obj8880
  obj8881
  obj8882
  obj8883
  obj8884
  obj8885
  obj8886
  obj8887
  obj8888
  obj8889
  obj8890
  obj8891
  obj8892
  obj8893
  obj8894
  obj8895
  obj8896
  obj8897
  obj8898
  obj8899
  obj8900
  obj8901
  obj8902
  obj8903
  obj8904
  obj8905
  obj8906
  obj8907
  obj8908
  obj8909
  obj8910
  obj8911
  obj8912
  obj8913
  obj8914
  obj8915
  obj8916
  obj8917
  obj8918
  obj8919
  obj8920
  obj8921
  obj8922
  obj8923
  obj8924
  obj8925
  obj8926
  obj8927
  obj8928
  obj8929
  obj8930
  obj8931
  obj8932
  obj8933
  obj8934
  obj8935
  obj8936
  obj8937
  obj8938
  obj8939
  obj8940
  obj8941
  obj8942
  obj8943
  obj8944
  obj8945
  obj8946
  obj8947
  obj8948
  obj8949
  obj8950
  obj8951
  obj8952
  obj8953
  obj8954
  obj8955
  obj8956
  obj8957
  obj8958
  obj8959
  obj8960
  obj8961
  obj8962
  obj8963
  obj8964
  obj8965
  obj8966
  obj8967
  obj8968
  obj8969
  obj8970
  obj8971
  obj8972
  obj8973
  obj8974
  obj8975
  obj8976
  obj8977
  obj8978
  obj8979
  obj8980
  obj8981
  obj8982
  obj8983
  obj8984
  obj8985
  obj8986
  obj8987
  obj8988
  obj8989
  obj8990
  obj8991
  obj8992
  obj8993
  obj8994
  obj8995
  obj8996
  obj8997
  obj8998
  obj8999
  obj9000
  obj9001
  obj9002
  obj9003
  obj9004
  obj9005
  obj9006
  obj9007
  obj9008
  obj9009
  obj9010
  obj9011
  obj9012
  obj9013
  obj9014
  obj9015
  obj9016
  obj9017
  obj9018
  obj9019
  obj9020
  obj9021
  obj9022
  obj9023
  obj9024
  obj9025
  obj9026
  obj9027
  obj9028
  obj9029
  obj9030
  obj9031
  obj9032
  obj9033
  obj9034
  obj9035
  obj9036
  obj9037
  obj9038
  obj9039
  obj9040
  obj9041
  obj9042
  obj9043
  obj9044
  obj9045
  obj9046
  obj9047
  obj9048
  obj9049
  obj9050
  obj9051
  obj9052
  obj9053
  obj9054
  obj9055
  obj9056
  obj9057
  obj9058
  obj9059
  obj9060
  obj9061
  obj9062
  obj9063
  obj9064
  obj9065
  obj9066
  obj9067
  obj9068
  obj9069
  obj9070
  obj9071
  obj9072
  obj9073
  obj9074
  obj9075
  obj9076
  obj9077
  obj9078
  obj9079
  obj9080
  obj9081
  obj9082
  obj9083
  obj9084
  obj9085
  obj9086
  obj9087
  obj9088
  obj9089
  obj9090
  obj9091
  obj9092
  obj9093
  obj9094
  obj9095
  obj9096
  obj9097
  obj9098
  obj9099
  obj9100
  obj9101
  obj9102
  obj9103
  obj9104
  obj9105
  obj9106
  obj9107
  obj9108
  obj9109
  obj9110
  obj9111
  obj9112
  obj9113
  obj9114
  obj9115
  obj9116
  obj9117
  obj9118
  obj9119
  obj9120
  obj9121
  obj9122
  obj9123
  obj9124
  obj9125
  obj9126
  obj9127
  obj9128
  obj9129
  obj9130
  obj9131
  obj9132
  obj9133
  obj9134
  obj9135
  obj9136
  obj9137
  obj9138
  obj9139
  obj9140
  obj9141
  obj9142
  obj9143
  obj9144
  obj9145
  obj9146
  obj9147
  obj9148
  obj9149
  obj9150
  obj9151
  obj9152
  obj9153
  obj9154
  obj9155
  obj9156
  obj9157
  obj9158
  obj9159
  obj9160
  obj9161
  obj9162
  obj9163
  obj9164
  obj9165
  obj9166
  obj9167
  obj9168
  obj9169
  obj9170
  obj9171
  obj9172
  obj9173
  obj9174
  obj9175
  obj9176
  obj9177
  obj9178
  obj9179
  obj9180
  obj9181
  obj9182
  obj9183
  obj9184
  obj9185
  obj9186
  obj9187
  obj9188
  obj9189
  obj9190
  obj9191
  obj9192
  obj9193
  obj9194
  obj9195
  obj9196
  obj9197
  obj9198
  obj9199
  obj9200
  obj9201
  obj9202
  obj9203
  obj9204
  obj9205
  obj9206
  obj9207
  obj9208
  obj9209
  obj9210
  obj9211
  obj9212
  obj9213
  obj9214
  obj9215
  obj9216
  obj9217
  obj9218
  obj9219
  obj9220
  obj9221
  obj9222
  obj9223
  obj9224
  obj9225
  obj9226
  obj9227
  obj9228
  obj9229
  obj9230
  obj9231
  obj9232
  obj9233
  obj9234
  obj9235
  obj9236
  obj9237
  obj9238
  obj9239
  obj9240
  obj9241
  obj9242
  obj9243
  obj9244
  obj9245
  obj9246
  obj9247
  obj9248
  obj9249
  obj9250
  obj9251
  obj9252
  obj9253
  obj9254
  obj9255
  obj9256
  obj9257
  obj9258
  obj9259
  obj9260
  obj9261
  obj9262
  obj9263
  obj9264
  obj9265
  obj9266
  obj9267
  obj9268
  obj9269
  obj9270
  obj9271
  obj9272
  obj9273
  obj9274
  obj9275
  obj9276
  obj9277
  obj9278
  obj9279
  obj9280
  obj9281
  obj9282
  obj9283
  obj9284
  obj9285
  obj9286
  obj9287
  obj9288
  obj9289
  obj9290
  obj9291
  obj9292
  obj9293
  obj9294
  obj9295
  obj9296
  obj9297
  obj9298
  obj9299
  obj9300
  obj9301
  obj9302
  obj9303
  obj9304
  obj9305
  obj9306
  obj9307
  obj9308
  obj9309
  obj9310
  obj9311
  obj9312
  obj9313
  obj9314
  obj9315
  obj9316
  obj9317
  obj9318
  obj9319
  obj9320
  obj9321
  obj9322
  obj9323
  obj9324
  obj9325
  obj9326
  obj9327
  obj9328
  obj9329
  obj9330
  obj9331
  obj9332
  obj9333
  obj9334
  obj9335
  obj9336
  obj9337
  obj9338
  obj9339
  obj9340
  obj9341
  obj9342
  obj9343
  obj9344
  obj9345
  obj9346
  obj9347
  obj9348
  obj9349
  obj9350
  obj9351
  obj9352
  obj9353
  obj9354
  obj9355
  obj9356
  obj9357
  obj9358
  obj9359
  obj9360
  obj9361
  obj9362
  obj9363
  obj9364
  obj9365
  obj9366
  obj9367
  obj9368
  obj9369
  obj9370
  obj9371
  obj9372
  obj9373
  obj9374
  obj9375
  obj9376
  obj9377
  obj9378
  obj9379
  obj9380
  obj9381
  obj9382
  obj9383
  obj9384
  obj9385
  obj9386
  obj9387
  obj9388
  obj9389
  obj9390
  obj9391
  obj9392
  obj9393
  obj9394
  obj9395
  obj9396
  obj9397
  obj9398
  obj9399
  obj9400
  obj9401
  obj9402
  obj9403
  obj9404
  obj9405
  obj9406
  obj9407
  obj9408
  obj9409
  obj9410
  obj9411
  obj9412
  obj9413
  obj9414
  obj9415
  obj9416
  obj9417
  obj9418
  obj9419
  obj9420
  obj9421
  obj9422
  obj9423
  obj9424
  obj9425
  obj9426
  obj9427
  obj9428
  obj9429
  obj9430
  obj9431
  obj9432
  obj9433
  obj9434
  obj9435
  obj9436
  obj9437
  obj9438
  obj9439
  obj9440
  obj9441
  obj9442
  obj9443
  obj9444
  obj9445
  obj9446
  obj9447
  obj9448
  obj9449
  obj9450
  obj9451
  obj9452
  obj9453
  obj9454
  obj9455
  obj9456
  obj9457
  obj9458
  obj9459
  obj9460
  obj9461
  obj9462
  obj9463
  obj9464
  obj9465
  obj9466
  obj9467
  obj9468
  obj9469
  obj9470
  obj9471
  obj9472
  obj9473
  obj9474
  obj9475
  obj9476
  obj9477
  obj9478
  obj9479
  obj9480
  obj9481
  obj9482
  obj9483
  obj9484
  obj9485
  obj9486
  obj9487
  obj9488
  obj9489
  obj9490
  obj9491
  obj9492
  obj9493
  obj9494
  obj9495
  obj9496
  obj9497
  obj9498
  obj9499
  obj9500
  obj9501
  obj9502
  obj9503
  obj9504
  obj9505
  obj9506
  obj9507
  obj9508
  obj9509
  obj9510
  obj9511
  obj9512
  obj9513
  obj9514
  obj9515
  obj9516
  obj9517
  obj9518
  obj9519
  obj9520
  obj9521
  obj9522
  obj9523
  obj9524
  obj9525
  obj9526
  obj9527
  obj9528
  obj9529
  obj9530
  obj9531
  obj9532
  obj9533
  obj9534
  obj9535
  obj9536
  obj9537
  obj9538
  obj9539
  obj9540
  obj9541
  obj9542
  obj9543
  obj9544
  obj9545
  obj9546
  obj9547
  obj9548
  obj9549
  obj9550
  obj9551
  obj9552
  obj9553
  obj9554
  obj9555
  obj9556
  obj9557
  obj9558
  obj9559
  obj9560
  obj9561
  obj9562
  obj9563
  obj9564
  obj9565
  obj9566
  obj9567
  obj9568
  obj9569
  obj9570
  obj9571
  obj9572
  obj9573
  obj9574
  obj9575
  obj9576
  obj9577
  obj9578
  obj9579
  obj9580
  obj9581
  obj9582
  obj9583
  obj9584
  obj9585
  obj9586
  obj9587
  obj9588
  obj9589
  obj9590
  obj9591
  obj9592
  obj9593
  obj9594
  obj9595
  obj9596
  obj9597
  obj9598
  obj9599
  obj9600
  obj9601
  obj9602
  obj9603
  obj9604
  obj9605
  obj9606
  obj9607
  obj9608
  obj9609
  obj9610
  obj9611
  obj9612
  obj9613
  obj9614
  obj9615
  obj9616
  obj9617
  obj9618
  obj9619
  obj9620
  obj9621
  obj9622
  obj9623
  obj9624
  obj9625
  obj9626
  obj9627
  obj9628
  obj9629
  obj9630
  obj9631
  obj9632
  obj9633
  obj9634
  obj9635
  obj9636
  obj9637
  obj9638
  obj9639
  obj9640
  obj9641
  obj9642
  obj9643
  obj9644
  obj9645
  obj9646
  obj9647
  obj9648
  obj9649
  obj9650
  obj9651
  obj9652
  obj9653
  obj9654
  obj9655
  obj9656
  obj9657
  obj9658
  obj9659
  obj9660
  obj9661
  obj9662
  obj9663
  obj9664
  obj9665
  obj9666
  obj9667
  obj9668
  obj9669
  obj9670
  obj9671
  obj9672
  obj9673
  obj9674
  obj9675
  obj9676
  obj9677
  obj9678
  obj9679
  obj9680
  obj9681
  obj9682
  obj9683
  obj9684
  obj9685
  obj9686
  obj9687
  obj9688
  obj9689
  obj9690
  obj9691
  obj9692
  obj9693
  obj9694
  obj9695
  obj9696
  obj9697
  obj9698
  obj9699
  obj9700
  obj9701
  obj9702
  obj9703
  obj9704
  obj9705
  obj9706
  obj9707
  obj9708
  obj9709
  obj9710
  obj9711
  obj9712
  obj9713
  obj9714
  obj9715
  obj9716
  obj9717
  obj9718
  obj9719
  obj9720
  obj9721
  obj9722
  obj9723
  obj9724
  obj9725
  obj9726
  obj9727
  obj9728
  obj9729
  obj9730
  obj9731
  obj9732
  obj9733
  obj9734
  obj9735
  obj9736
  obj9737
  obj9738
  obj9739
  obj9740
  obj9741
  obj9742
  obj9743
  obj9744
  obj9745
  obj9746
  obj9747
  obj9748
  obj9749
  obj9750
  obj9751
  obj9752
  obj9753
  obj9754
  obj9755
  obj9756
  obj9757
  obj9758
  obj9759
  obj9760
  obj9761
  obj9762
  obj9763
  obj9764
  obj9765
  obj9766
  obj9767
  obj9768
  obj9769
  obj9770
  obj9771
  obj9772
  obj9773
  obj9774
  obj9775
  obj9776
  obj9777
  obj9778
  obj9779
  obj9780
  obj9781
  obj9782
  obj9783
  obj9784
  obj9785
  obj9786
  obj9787
  obj9788
  obj9789
  obj9790
  obj9791
  obj9792
  obj9793
  obj9794
  obj9795
  obj9796
  obj9797
  obj9798
  obj9799
  obj9800
  obj9801
  obj9802
  obj9803
  obj9804
  obj9805
  obj9806
  obj9807
  obj9808
  obj9809
  obj9810
  obj9811
  obj9812
  obj9813
  obj9814
  obj9815
  obj9816
  obj9817
  obj9818
  obj9819
  obj9820
  obj9821
  obj9822
  obj9823
  obj9824
  obj9825
  obj9826
  obj9827
  obj9828
  obj9829
  obj9830
  obj9831
  obj9832
  obj9833
  obj9834
  obj9835
  obj9836
  obj9837
  obj9838
  obj9839
  obj9840
  obj9841
  obj9842
  obj9843
  obj9844
  obj9845
  obj9846
  obj9847
  obj9848
  obj9849
  obj9850
  obj9851
  obj9852
  obj9853
  obj9854
  obj9855
  obj9856
  obj9857
  obj9858
  obj9859
  obj9860
  obj9861
  obj9862
  obj9863
  obj9864
  obj9865
  obj9866
  obj9867
  obj9868
  obj9869
  obj9870
  obj9871
  obj9872
  obj9873
  obj9874
  obj9875
  obj9876
  obj9877
  obj9878
  obj9879
  obj9880
  obj9881
  obj9882
  obj9883
  obj9884
  obj9885
  obj9886
  obj9887
  obj9888
  obj9889
  obj9890
  obj9891
  obj9892
  obj9893
  obj9894
  obj9895
  obj9896
  obj9897
  obj9898
  obj9899
  obj9900
  obj9901
  obj9902
  obj9903
  obj9904
  obj9905
  obj9906
  obj9907
  obj9908
  obj9909
  obj9910
  obj9911
  obj9912
  obj9913
  obj9914
  obj9915
  obj9916
  obj9917
  obj9918
  obj9919
  obj9920
  obj9921
  obj9922
  obj9923
  obj9924
  obj9925
  obj9926
  obj9927
  obj9928
  obj9929
  obj9930
  obj9931
  obj9932
  obj9933
  obj9934
  obj9935
  obj9936
  obj9937
  obj9938
  obj9939
  obj9940
  obj9941
  obj9942
  obj9943
  obj9944
  obj9945
  obj9946
  obj9947
  obj9948
  obj9949
  obj9950
  obj9951
  obj9952
  obj9953
  obj9954
  obj9955
  obj9956
  obj9957
  obj9958
  obj9959
  obj9960
  obj9961
  obj9962
  obj9963
  obj9964
  obj9965
  obj9966
  obj9967
  obj9968
  obj9969
  obj9970
  obj9971
  obj9972
  obj9973
  obj9974
  obj9975
  obj9976
  obj9977
  obj9978
  obj9979
  obj9980
  obj9981
  obj9982
  obj9983
  obj9984
  obj9985
  obj9986
  obj9987
  obj9988
  obj9989
  obj9990
  obj9991
  obj9992
  obj9993
  obj9994
  obj9995
  obj9996
  obj9997
  obj9998
  obj9999
  - t)
(:init)
(:goal (and
  (p objx0)
  (p objx1)
  (p objx2)
  (p objx3)
  (p objx4)
  (p objx5)
  (p objx6)
  (p objx7)
  (p objx8)
  (p objx9)
  (p objx10)
  (p objx11)
  (p objx12)
  (p objx13)
  (p objx14)
  (p objx15)
  (p objx16)
  (p objx17)
  (p objx18)
  (p objx19)
  (p objx20)
  (p objx21)
  (p objx22)
  (p objx23)
  (p objx24)
  (p objx25)
  (p objx26)
  (p objx27)
  (p objx28)
  (p objx29)
  (p objx30)
  (p objx31)
  (p objx32)
  (p objx33)
  (p objx34)
  (p objx35)
  (p objx36)
  (p objx37)
  (p objx38)
  (p objx39)
  (p objx40)
  (p objx41)
  (p objx42)
  (p objx43)
  (p objx44)
  (p objx45)
  (p objx46)
  (p objx47)
  (p objx48)
  (p objx49)
  (p objx50)
  (p objx51)
  (p objx52)
  (p objx53)
  (p objx54)
  (p objx55)
  (p objx56)
  (p objx57)
  (p objx58)
  (p objx59)
  (p objx60)
  (p objx61)
  (p objx62)
  (p objx63)
  (p objx64)
  (p objx65)
  (p objx66)
  (p objx67)
  (p objx68)
  (p objx69)
  (p objx70)
  (p objx71)
  (p objx72)
  (p objx73)
  (p objx74)
  (p objx75)
  (p objx76)
  (p objx77)
  (p objx78)
  (p objx79)
  (p objx80)
  (p objx81)
  (p objx82)
  (p objx83)
  (p objx84)
  (p objx85)
  (p objx86)
  (p objx87)
  (p objx88)
  (p objx89)
  (p objx90)
  (p objx91)
  (p objx92)
  (p objx93)
  (p objx94)
  (p objx95)
  (p objx96)
  (p objx97)
  (p objx98)
  (p objx99)
  (p objx100)
  (p objx101)
  (p objx102)
  (p objx103)
  (p objx104)
  (p objx105)
  (p objx106)
  (p objx107)
  (p objx108)
  (p objx109)
  (p objx110)
  (p objx111)
  (p objx112)
  (p objx113)
  (p objx114)
  (p objx115)
  (p objx116)
  (p objx117)
  (p objx118)
  (p objx119)
  (p objx120)
  (p objx121)
  (p objx122)
  (p objx123)
  (p objx124)
  (p objx125)
  (p objx126)
  (p objx127)
  (p objx128)
  (p objx129)
  (p objx130)
  (p objx131)
  (p objx132)
  (p objx133)
  (p objx134)
  (p objx135)
  (p objx136)
  (p objx137)
  (p objx138)
  (p objx139)
  (p objx140)
  (p objx141)
  (p objx142)
  (p objx143)
  (p objx144)
  (p objx145)
  (p objx146)
  (p objx147)
  (p objx148)
  (p objx149)
  (p objx150)
  (p objx151)
  (p objx152)
  (p objx153)
  (p objx154)
  (p objx155)
  (p objx156)
  (p objx157)
  (p objx158)
  (p objx159)
  (p objx160)
  (p objx161)
  (p objx162)
  (p objx163)
  (p objx164)
  (p objx165)
  (p objx166)
  (p objx167)
  (p objx168)
  (p objx169)
  (p objx170)
  (p objx171)
  (p objx172)
  (p objx173)
  (p objx174)
  (p objx175)
  (p objx176)
  (p objx177)
  (p objx178)
  (p objx179)
  (p objx180)
  (p objx181)
  (p objx182)
  (p objx183)
  (p objx184)
  (p objx185)
  (p objx186)
  (p objx187)
  (p objx188)
  (p objx189)
  (p objx190)
  (p objx191)
  (p objx192)
  (p objx193)
  (p objx194)
  (p objx195)
  (p objx196)
  (p objx197)
  (p objx198)
  (p objx199)
  (p objx200)
  (p objx201)
  (p objx202)
  (p objx203)
  (p objx204)
  (p objx205)
  (p objx206)
  (p objx207)
  (p objx208)
  (p objx209)
  (p objx210)
  (p objx211)
  (p objx212)
  (p objx213)
  (p objx214)
  (p objx215)
  (p objx216)
  (p objx217)
  (p objx218)
  (p objx219)
  (p objx220)
  (p objx221)
  (p objx222)
  (p objx223)
  (p objx224)
  (p objx225)
  (p objx226)
  (p objx227)
  (p objx228)
  (p objx229)
  (p objx230)
  (p objx231)
  (p objx232)
  (p objx233)
  (p objx234)
  (p objx235)
  (p objx236)
  (p objx237)
  (p objx238)
  (p objx239)
  (p objx240)
  (p objx241)
  (p objx242)
  (p objx243)
  (p objx244)
  (p objx245)
  (p objx246)
  (p objx247)
  (p objx248)
  (p objx249)
  (p objx250)
  (p objx251)
  (p objx252)
  (p objx253)
  (p objx254)
  (p objx255)
  (p objx256)
  (p objx257)
  (p objx258)
  (p objx259)
  (p objx260)
  (p objx261)
  (p objx262)
  (p objx263)
  (p objx264)
  (p objx265)
  (p objx266)
  (p objx267)
  (p objx268)
  (p objx269)
  (p objx270)
  (p objx271)
  (p objx272)
  (p objx273)
  (p objx274)
  (p objx275)
  (p objx276)
  (p objx277)
  (p objx278)
  (p objx279)
  (p objx280)
  (p objx281)
  (p objx282)
  (p objx283)
  (p objx284)
  (p objx285)
  (p objx286)
  (p objx287)
  (p objx288)
  (p objx289)
  (p objx290)
  (p objx291)
  (p objx292)
  (p objx293)
  (p objx294)
  (p objx295)
  (p objx296)
  (p objx297)
  (p objx298)
  (p objx299)
  (p objx300)
  (p objx301)
  (p objx302)
  (p objx303)
  (p objx304)
  (p objx305)
  (p objx306)
  (p objx307)
  (p objx308)
  (p objx309)
  (p objx310)
  (p objx311)
  (p objx312)
  (p objx313)
  (p objx314)
  (p objx315)
  (p objx316)
  (p objx317)
  (p objx318)
  (p objx319)
  (p objx320)
  (p objx321)
  (p objx322)
  (p objx323)
  (p objx324)
  (p objx325)
  (p objx326)
  (p objx327)
  (p objx328)
  (p objx329)
  (p objx330)
  (p objx331)
  (p objx332)
  (p objx333)
  (p objx334)
  (p objx335)
  (p objx336)
  (p objx337)
  (p objx338)
  (p objx339)
  (p objx340)
  (p objx341)
  (p objx342)
  (p objx343)
  (p objx344)
  (p objx345)
  (p objx346)
  (p objx347)
  (p objx348)
  (p objx349)
  (p objx350)
  (p objx351)
  (p objx352)
  (p objx353)
  (p objx354)
  (p objx355)
  (p objx356)
  (p objx357)
  (p objx358)
  (p objx359)
  (p objx360)
  (p objx361)
  (p objx362)
  (p objx363)
  (p objx364)
  (p objx365)
  (p objx366)
  (p objx367)
  (p objx368)
  (p objx369)
  (p objx370)
  (p objx371)
  (p objx372)
  (p objx373)
  (p objx374)
  (p objx375)
  (p objx376)
  (p objx377)
  (p objx378)
  (p objx379)
  (p objx380)
  (p objx381)
  (p objx382)
  (p objx383)
  (p objx384)
  (p objx385)
  (p objx386)
  (p objx387)
  (p objx388)
  (p objx389)
  (p objx390)
  (p objx391)
  (p objx392)
  (p objx393)
  (p objx394)
  (p objx395)
  (p objx396)
  (p objx397)
  (p objx398)
  (p objx399)
  (p objx400)
  (p objx401)
  (p objx402)
  (p objx403)
  (p objx404)
  (p objx405)
  (p objx406)
  (p objx407)
  (p objx408)
  (p objx409)
  (p objx410)
  (p objx411)
  (p objx412)
  (p objx413)
  (p objx414)
  (p objx415)
  (p objx416)
  (p objx417)
  (p objx418)
  (p objx419)
  (p objx420)
  (p objx421)
  (p objx422)
  (p objx423)
  (p objx424)
  (p objx425)
  (p objx426)
  (p objx427)
  (p objx428)
  (p objx429)
  (p objx430)
  (p objx431)
  (p objx432)
  (p objx433)
  (p objx434)
  (p objx435)
  (p objx436)
  (p objx437)
  (p objx438)
  (p objx439)
  (p objx440)
  (p objx441)
  (p objx442)
  (p objx443)
  (p objx444)
  (p objx445)
  (p objx446)
  (p objx447)
  (p objx448)
  (p objx449)
  (p objx450)
  (p objx451)
  (p objx452)
  (p objx453)
  (p objx454)
  (p objx455)
  (p objx456)
  (p objx457)
  (p objx458)
  (p objx459)
  (p objx460)
  (p objx461)
  (p objx462)
  (p objx463)
  (p objx464)
  (p objx465)
  (p objx466)
  (p objx467)
  (p objx468)
  (p objx469)
  (p objx470)
  (p objx471)
  (p objx472)
  (p objx473)
  (p objx474)
  (p objx475)
  (p objx476)
  (p objx477)
  (p objx478)
  (p objx479)
  (p objx480)
  (p objx481)
  (p objx482)
  (p objx483)
  (p objx484)
  (p objx485)
  (p objx486)
  (p objx487)
  (p objx488)
  (p objx489)
  (p objx490)
  (p objx491)
  (p objx492)
  (p objx493)
  (p objx494)
  (p objx495)
  (p objx496)
  (p objx497)
  (p objx498)
  (p objx499)
  (p objx500)
  (p objx501)
  (p objx502)
  (p objx503)
  (p objx504)
  (p objx505)
  (p objx506)
  (p objx507)
  (p objx508)
  (p objx509)
  (p objx510)
  (p objx511)
  (p objx512)
  (p objx513)
  (p objx514)
  (p objx515)
  (p objx516)
  (p objx517)
  (p objx518)
  (p objx519)
  (p objx520)
  (p objx521)
  (p objx522)
  (p objx523)
  (p objx524)
  (p objx525)
  (p objx526)
  (p objx527)
  (p objx528)
  (p objx529)
  (p objx530)
  (p objx531)
  (p objx532)
  (p objx533)
  (p objx534)
  (p objx535)
  (p objx536)
  (p objx537)
  (p objx538)
  (p objx539)
  (p objx540)
  (p objx541)
  (p objx542)
  (p objx543)
  (p objx544)
  (p objx545)
  (p objx546)
  (p objx547)
  (p objx548)
  (p objx549)
  (p objx550)
  (p objx551)
  (p objx552)
  (p objx553)
  (p objx554)
  (p objx555)
  (p objx556)
  (p objx557)
  (p objx558)
  (p objx559)
  (p objx560)
  (p objx561)
  (p objx562)
  (p objx563)
  (p objx564)
  (p objx565)
  (p objx566)
  (p objx567)
  (p objx568)
  (p objx569)
  (p objx570)
  (p objx571)
  (p objx572)
  (p objx573)
  (p objx574)
  (p objx575)
  (p objx576)
  (p objx577)
  (p objx578)
  (p objx579)
  (p objx580)
  (p objx581)
  (p objx582)
  (p objx583)
  (p objx584)
  (p objx585)
  (p objx586)
  (p objx587)
  (p objx588)
  (p objx589)
  (p objx590)
  (p objx591)
  (p objx592)
  (p objx593)
  (p objx594)
  (p objx595)
  (p objx596)
  (p objx597)
  (p objx598)
  (p objx599)
  (p objx600)
  (p objx601)
  (p objx602)
  (p objx603)
  (p objx604)
  (p objx605)
  (p objx606)
  (p objx607)
  (p objx608)
  (p objx609)
  (p objx610)
  (p objx611)
  (p objx612)
  (p objx613)
  (p objx614)
  (p objx615)
  (p objx616)
  (p objx617)
  (p objx618)
  (p objx619)
  (p objx620)
  (p objx621)
  (p objx622)
  (p objx623)
  (p objx624)
  (p objx625)
  (p objx626)
  (p objx627)
  (p objx628)
  (p objx629)
  (p objx630)
  (p objx631)
  (p objx632)
  (p objx633)
  (p objx634)
  (p objx635)
  (p objx636)
  (p objx637)
  (p objx638)
  (p objx639)
  (p objx640)
  (p objx641)
  (p objx642)
  (p objx643)
  (p objx644)
  (p objx645)
  (p objx646)
  (p objx647)
  (p objx648)
  (p objx649)
  (p objx650)
  (p objx651)
  (p objx652)
  (p objx653)
  (p objx654)
  (p objx655)
  (p objx656)
  (p objx657)
  (p objx658)
  (p objx659)
  (p objx660)
  (p objx661)
  (p objx662)
  (p objx663)
  (p objx664)
  (p objx665)
  (p objx666)
  (p objx667)
  (p objx668)
  (p objx669)
  (p objx670)
  (p objx671)
  (p objx672)
  (p objx673)
  (p objx674)
  (p objx675)
  (p objx676)
  (p objx677)
  (p objx678)
  (p objx679)
  (p objx680)
  (p objx681)
  (p objx682)
  (p objx683)
  (p objx684)
  (p objx685)
  (p objx686)
  (p objx687)
  (p objx688)
  (p objx689)
  (p objx690)
  (p objx691)
  (p objx692)
  (p objx693)
  (p objx694)
  (p objx695)
  (p objx696)
  (p objx697)
  (p objx698)
  (p objx699)
  (p objx700)
  (p objx701)
  (p objx702)
  (p objx703)
  (p objx704)
  (p objx705)
  (p objx706)
  (p objx707)
  (p objx708)
  (p objx709)
  (p objx710)
  (p objx711)
  (p objx712)
  (p objx713)
  (p objx714)
  (p objx715)
  (p objx716)
  (p objx717)
  (p objx718)
  (p objx719)
  (p objx720)
  (p objx721)
  (p objx722)
  (p objx723)
  (p objx724)
  (p objx725)
  (p objx726)
  (p objx727)
  (p objx728)
  (p objx729)
  (p objx730)
  (p objx731)
  (p objx732)
  (p objx733)
  (p objx734)
  (p objx735)
  (p objx736)
  (p objx737)
  (p objx738)
  (p objx739)
  (p objx740)
  (p objx741)
  (p objx742)
  (p objx743)
  (p objx744)
  (p objx745)
  (p objx746)
  (p objx747)
  (p objx748)
  (p objx749)
  (p objx750)
  (p objx751)
  (p objx752)
  (p objx753)
  (p objx754)
  (p objx755)
  (p objx756)
  (p objx757)
  (p objx758)
  (p objx759)
  (p objx760)
  (p objx761)
  (p objx762)
  (p objx763)
  (p objx764)
  (p objx765)
  (p objx766)
  (p objx767)
  (p objx768)
  (p objx769)
  (p objx770)
  (p objx771)
  (p objx772)
  (p objx773)
  (p objx774)
  (p objx775)
  (p objx776)
  (p objx777)
  (p objx778)
  (p objx779)
  (p objx780)
  (p objx781)
  (p objx782)
  (p objx783)
  (p objx784)
  (p objx785)
  (p objx786)
  (p objx787)
  (p objx788)
  (p objx789)
  (p objx790)
  (p objx791)
  (p objx792)
  (p objx793)
  (p objx794)
  (p objx795)
  (p objx796)
  (p objx797)
  (p objx798)
  (p objx799)
  (p objx800)
  (p objx801)
  (p objx802)
  (p objx803)
  (p objx804)
  (p objx805)
  (p objx806)
  (p objx807)
  (p objx808)
  (p objx809)
  (p objx810)
  (p objx811)
  (p objx812)
  (p objx813)
  (p objx814)
  (p objx815)
  (p objx816)
  (p objx817)
  (p objx818)
  (p objx819)
  (p objx820)
  (p objx821)
  (p objx822)
  (p objx823)
  (p objx824)
  (p objx825)
  (p objx826)
  (p objx827)
  (p objx828)
  (p objx829)
  (p objx830)
  (p objx831)
  (p objx832)
  (p objx833)
  (p objx834)
  (p objx835)
  (p objx836)
  (p objx837)
  (p objx838)
  (p objx839)
  (p objx840)
  (p objx841)
  (p objx842)
  (p objx843)
  (p objx844)
  (p objx845)
  (p objx846)
  (p objx847)
  (p objx848)
  (p objx849)
  (p objx850)
  (p objx851)
  (p objx852)
  (p objx853)
  (p objx854)
  (p objx855)
  (p objx856)
  (p objx857)
  (p objx858)
  (p objx859)
  (p objx860)
  (p objx861)
  (p objx862)
  (p objx863)
  (p objx864)
  (p objx865)
  (p objx866)
  (p objx867)
  (p objx868)
  (p objx869)
  (p objx870)
  (p objx871)
  (p objx872)
  (p objx873)
  (p objx874)
  (p objx875)
  (p objx876)
  (p objx877)
  (p objx878)
  (p objx879)
  (p objx880)
  (p objx881)
  (p objx882)
  (p objx883)
  (p objx884)
  (p objx885)
  (p objx886)
  (p objx887)
  (p objx888)
  (p objx889)
  (p objx890)
  (p objx891)
  (p objx892)
  (p objx893)
  (p objx894)
  (p objx895)
  (p objx896)
  (p objx897)
  (p objx898)
  (p objx899)
  (p objx900)
  (p objx901)
  (p objx902)
  (p objx903)
  (p objx904)
  (p objx905)
  (p objx906)
  (p objx907)
  (p objx908)
  (p objx909)
  (p objx910)
  (p objx911)
  (p objx912)
  (p objx913)
  (p objx914)
  (p objx915)
  (p objx916)
  (p objx917)
  (p objx918)
  (p objx919)
  (p objx920)
  (p objx921)
  (p objx922)
  (p objx923)
  (p objx924)
  (p objx925)
  (p objx926)
  (p objx927)
  (p objx928)
  (p objx929)
  (p objx930)
  (p objx931)
  (p objx932)
  (p objx933)
  (p objx934)
  (p objx935)
  (p objx936)
  (p objx937)
  (p objx938)
  (p objx939)
  (p objx940)
  (p objx941)
  (p objx942)
  (p objx943)
  (p objx944)
  (p objx945)
  (p objx946)
  (p objx947)
  (p objx948)
  (p objx949)
  (p objx950)
  (p objx951)
  (p objx952)
  (p objx953)
  (p objx954)
  (p objx955)
  (p objx956)
  (p objx957)
  (p objx958)
  (p objx959)
  (p objx960)
  (p objx961)
  (p objx962)
  (p objx963)
  (p objx964)
  (p objx965)
  (p objx966)
  (p objx967)
  (p objx968)
  (p objx969)
  (p objx970)
  (p objx971)
  (p objx972)
  (p objx973)
  (p objx974)
  (p objx975)
  (p objx976)
  (p objx977)
  (p objx978)
  (p objx979)
  (p objx980)
  (p objx981)
  (p objx982)
  (p objx983)
  (p objx984)
  (p objx985)
  (p objx986)
  (p objx987)
  (p objx988)
  (p objx989)
  (p objx990)
  (p objx991)
  (p objx992)
  (p objx993)
  (p objx994)
  (p objx995)
  (p objx996)
  (p objx997)
  (p objx998)
  (p objx999)
  (p objx1000)
  (p objx1001)
  (p objx1002)
  (p objx1003)
  (p objx1004)
  (p objx1005)
  (p objx1006)
  (p objx1007)
  (p objx1008)
  (p objx1009)
  (p objx1010)
  (p objx1011)
  (p objx1012)
  (p objx1013)
  (p objx1014)
  (p objx1015)
  (p objx1016)
  (p objx1017)
  (p objx1018)
  (p objx1019)
  (p objx1020)
  (p objx1021)
  (p objx1022)
  (p objx1023)
  (p objx1024)
  (p objx1025)
  (p objx1026)
  (p objx1027)
  (p objx1028)
  (p objx1029)
  (p objx1030)
  (p objx1031)
  (p objx1032)
  (p objx1033)
  (p objx1034)
  (p objx1035)
  (p objx1036)
  (p objx1037)
  (p objx1038)
  (p objx1039)
  (p objx1040)
  (p objx1041)
  (p objx1042)
  (p objx1043)
  (p objx1044)
  (p objx1045)
  (p objx1046)
  (p objx1047)
  (p objx1048)
  (p objx1049)
  (p objx1050)
  (p objx1051)
  (p objx1052)
  (p objx1053)
  (p objx1054)
  (p objx1055)
  (p objx1056)
  (p objx1057)
  (p objx1058)
  (p objx1059)
  (p objx1060)
  (p objx1061)
  (p objx1062)
  (p objx1063)
  (p objx1064)
  (p objx1065)
  (p objx1066)
  (p objx1067)
  (p objx1068)
  (p objx1069)
  (p objx1070)
  (p objx1071)
  (p objx1072)
  (p objx1073)
  (p objx1074)
  (p objx1075)
  (p objx1076)
  (p objx1077)
  (p objx1078)
  (p objx1079)
  (p objx1080)
  (p objx1081)
  (p objx1082)
  (p objx1083)
  (p objx1084)
  (p objx1085)
  (p objx1086)
  (p objx1087)
  (p objx1088)
  (p objx1089)
  (p objx1090)
  (p objx1091)
  (p objx1092)
  (p objx1093)
  (p objx1094)
  (p objx1095)
  (p objx1096)
  (p objx1097)
  (p objx1098)
  (p objx1099)
  (p objx1100)
  (p objx1101)
  (p objx1102)
  (p objx1103)
  (p objx1104)
  (p objx1105)
  (p objx1106)
  (p objx1107)
  (p objx1108)
  (p objx1109)
  (p objx1110)
  (p objx1111)
  (p objx1112)
  (p objx1113)
  (p objx1114)
  (p objx1115)
  (p objx1116)
  (p objx1117)
  (p objx1118)
  (p objx1119)
  (p objx1120)
  (p objx1121)
  (p objx1122)
  (p objx1123)
  (p objx1124)
  (p objx1125)
  (p objx1126)
  (p objx1127)
  (p objx1128)
  (p objx1129)
  (p objx1130)
  (p objx1131)
  (p objx1132)
  (p objx1133)
  (p objx1134)
  (p objx1135)
  (p objx1136)
  (p objx1137)
  (p objx1138)
  (p objx1139)
  (p objx1140)
  (p objx1141)
  (p objx1142)
  (p objx1143)
  (p objx1144)
  (p objx1145)
  (p objx1146)
  (p objx1147)
  (p objx1148)
  (p objx1149)
  (p objx1150)
  (p objx1151)
  (p objx1152)
  (p objx1153)
  (p objx1154)
  (p objx1155)
  (p objx1156)
  (p objx1157)
  (p objx1158)
  (p objx1159)
  (p objx1160)
  (p objx1161)
  (p objx1162)
  (p objx1163)
  (p objx1164)
  (p objx1165)
  (p objx1166)
  (p objx1167)
  (p objx1168)
  (p objx1169)
  (p objx1170)
  (p objx1171)
  (p objx1172)
  (p objx1173)
  (p objx1174)
  (p objx1175)
  (p objx1176)
  (p objx1177)
  (p objx1178)
  (p objx1179)
  (p objx1180)
  (p objx1181)
  (p objx1182)
  (p objx1183)
  (p objx1184)
  (p objx1185)
  (p objx1186)
  (p objx1187)
  (p objx1188)
  (p objx1189)
  (p objx1190)
  (p objx1191)
  (p objx1192)
  (p objx1193)
  (p objx1194)
  (p objx1195)
  (p objx1196)
  (p objx1197)
  (p objx1198)
  (p objx1199)
  (p objx1200)
  (p objx1201)
  (p objx1202)
  (p objx1203)
  (p objx1204)
  (p objx1205)
  (p objx1206)
  (p objx1207)
  (p objx1208)
  (p objx1209)
  (p objx1210)
  (p objx1211)
  (p objx1212)
  (p objx1213)
  (p objx1214)
  (p objx1215)
  (p objx1216)
  (p objx1217)
  (p objx1218)
  (p objx1219)
  (p objx1220)
  (p objx1221)
  (p objx1222)
  (p objx1223)
  (p objx1224)
  (p objx1225)
  (p objx1226)
  (p objx1227)
  (p objx1228)
  (p objx1229)
  (p objx1230)
  (p objx1231)
  (p objx1232)
  (p objx1233)
  (p objx1234)
  (p objx1235)
  (p objx1236)
  (p objx1237)
  (p objx1238)
  (p objx1239)
  (p objx1240)
  (p objx1241)
  (p objx1242)
  (p objx1243)
  (p objx1244)
  (p objx1245)
  (p objx1246)
  (p objx1247)
  (p objx1248)
  (p objx1249)
  (p objx1250)
  (p objx1251)
  (p objx1252)
  (p objx1253)
  (p objx1254)
  (p objx1255)
  (p objx1256)
  (p objx1257)
  (p objx1258)
  (p objx1259)
  (p objx1260)
  (p objx1261)
  (p objx1262)
  (p objx1263)
  (p objx1264)
  (p objx1265)
  (p objx1266)
  (p objx1267)
  (p objx1268)
  (p objx1269)
  (p objx1270)
  (p objx1271)
  (p objx1272)
  (p objx1273)
  (p objx1274)
  (p objx1275)
  (p objx1276)
  (p objx1277)
  (p objx1278)
  (p objx1279)
  (p objx1280)
  (p objx1281)
  (p objx1282)
  (p objx1283)
  (p objx1284)
  (p objx1285)
  (p objx1286)
  (p objx1287)
  (p objx1288)
  (p objx1289)
  (p objx1290)
  (p objx1291)
  (p objx1292)
  (p objx1293)
  (p objx1294)
  (p objx1295)
  (p objx1296)
  (p objx1297)
  (p objx1298)
  (p objx1299)
  (p objx1300)
  (p objx1301)
  (p objx1302)
  (p objx1303)
  (p objx1304)
  (p objx1305)
  (p objx1306)
  (p objx1307)
  (p objx1308)
  (p objx1309)
  (p objx1310)
  (p objx1311)
  (p objx1312)
  (p objx1313)
  (p objx1314)
  (p objx1315)
  (p objx1316)
  (p objx1317)
  (p objx1318)
  (p objx1319)
  (p objx1320)
  (p objx1321)
  (p objx1322)
  (p objx1323)
  (p objx1324)
  (p objx1325)
  (p objx1326)
  (p objx1327)
  (p objx1328)
  (p objx1329)
  (p objx1330)
  (p objx1331)
  (p objx1332)
  (p objx1333)
  (p objx1334)
  (p objx1335)
  (p objx1336)
  (p objx1337)
  (p objx1338)
  (p objx1339)
  (p objx1340)
  (p objx1341)
  (p objx1342)
  (p objx1343)
  (p objx1344)
  (p objx1345)
  (p objx1346)
  (p objx1347)
  (p objx1348)
  (p objx1349)
  (p objx1350)
  (p objx1351)
  (p objx1352)
  (p objx1353)
  (p objx1354)
  (p objx1355)
  (p objx1356)
  (p objx1357)
  (p objx1358)
  (p objx1359)
  (p objx1360)
  (p objx1361)
  (p objx1362)
  (p objx1363)
  (p objx1364)
  (p objx1365)
  (p objx1366)
  (p objx1367)
  (p objx1368)
  (p objx1369)
  (p objx1370)
  (p objx1371)
  (p objx1372)
  (p objx1373)
  (p objx1374)
  (p objx1375)
  (p objx1376)
  (p objx1377)
  (p objx1378)
  (p objx1379)
  (p objx1380)
  (p objx1381)
  (p objx1382)
  (p objx1383)
  (p objx1384)
  (p objx1385)
  (p objx1386)
  (p objx1387)
  (p objx1388)
  (p objx1389)
  (p objx1390)
  (p objx1391)
  (p objx1392)
  (p objx1393)
  (p objx1394)
  (p objx1395)
  (p objx1396)
  (p objx1397)
  (p objx1398)
  (p objx1399)
  (p objx1400)
  (p objx1401)
  (p objx1402)
  (p objx1403)
  (p objx1404)
  (p objx1405)
  (p objx1406)
  (p objx1407)
  (p objx1408)
  (p objx1409)
  (p objx1410)
  (p objx1411)
  (p objx1412)
  (p objx1413)
  (p objx1414)
  (p objx1415)
  (p objx1416)
  (p objx1417)
  (p objx1418)
  (p objx1419)
  (p objx1420)
  (p objx1421)
  (p objx1422)
  (p objx1423)
  (p objx1424)
  (p objx1425)
  (p objx1426)
  (p objx1427)
  (p objx1428)
  (p objx1429)
  (p objx1430)
  (p objx1431)
  (p objx1432)
  (p objx1433)
  (p objx1434)
  (p objx1435)
  (p objx1436)
  (p objx1437)
  (p objx1438)
  (p objx1439)
  (p objx1440)
  (p objx1441)
  (p objx1442)
  (p objx1443)
  (p objx1444)
  (p objx1445)
  (p objx1446)
  (p objx1447)
  (p objx1448)
  (p objx1449)
  (p objx1450)
  (p objx1451)
  (p objx1452)
  (p objx1453)
  (p objx1454)
  (p objx1455)
  (p objx1456)
  (p objx1457)
  (p objx1458)
  (p objx1459)
  (p objx1460)
  (p objx1461)
  (p objx1462)
  (p objx1463)
  (p objx1464)
  (p objx1465)
  (p objx1466)
  (p objx1467)
  (p objx1468)
  (p objx1469)
  (p objx1470)
  (p objx1471)
  (p objx1472)
  (p objx1473)
  (p objx1474)
  (p objx1475)
  (p objx1476)
  (p objx1477)
  (p objx1478)
  (p objx1479)
  (p objx1480)
  (p objx1481)
  (p objx1482)
  (p objx1483)
  (p objx1484)
  (p objx1485)
  (p objx1486)
  (p objx1487)
  (p objx1488)
  (p objx1489)
  (p objx1490)
  (p objx1491)
  (p objx1492)
  (p objx1493)
  (p objx1494)
  (p objx1495)
  (p objx1496)
  (p objx1497)
  (p objx1498)
  (p objx1499)
  (p objx1500)
  (p objx1501)
  (p objx1502)
  (p objx1503)
  (p objx1504)
  (p objx1505)
  (p objx1506)
  (p objx1507)
  (p objx1508)
  (p objx1509)
  (p objx1510)
  (p objx1511)
  (p objx1512)
  (p objx1513)
  (p objx1514)
  (p objx1515)
  (p objx1516)
  (p objx1517)
  (p objx1518)
  (p objx1519)
  (p objx1520)
  (p objx1521)
  (p objx1522)
  (p objx1523)
  (p objx1524)
  (p objx1525)
  (p objx1526)
  (p objx1527)
  (p objx1528)
  (p objx1529)
  (p objx1530)
  (p objx1531)
  (p objx1532)
  (p objx1533)
  (p objx1534)
  (p objx1535)
  (p objx1536)
  (p objx1537)
  (p objx1538)
  (p objx1539)
  (p objx1540)
  (p objx1541)
  (p objx1542)
  (p objx1543)
  (p objx1544)
  (p objx1545)
  (p objx1546)
  (p objx1547)
  (p objx1548)
  (p objx1549)
  (p objx1550)
  (p objx1551)
  (p objx1552)
  (p objx1553)
  (p objx1554)
  (p objx1555)
  (p objx1556)
  (p objx1557)
  (p objx1558)
  (p objx1559)
  (p objx1560)
  (p objx1561)
  (p objx1562)
  (p objx1563)
  (p objx1564)
  (p objx1565)
  (p objx1566)
  (p objx1567)
  (p objx1568)
  (p objx1569)
  (p objx1570)
  (p objx1571)
  (p objx1572)
  (p objx1573)
  (p objx1574)
  (p objx1575)
  (p objx1576)
  (p objx1577)
  (p objx1578)
  (p objx1579)
  (p objx1580)
  (p objx1581)
  (p objx1582)
  (p objx1583)
  (p objx1584)
  (p objx1585)
  (p objx1586)
  (p objx1587)
  (p objx1588)
  (p objx1589)
  (p objx1590)
  (p objx1591)
  (p objx1592)
  (p objx1593)
  (p objx1594)
  (p objx1595)
  (p objx1596)
  (p objx1597)
  (p objx1598)
  (p objx1599)
  (p objx1600)
  (p objx1601)
  (p objx1602)
  (p objx1603)
  (p objx1604)
  (p objx1605)
  (p objx1606)
  (p objx1607)
  (p objx1608)
  (p objx1609)
  (p objx1610)
  (p objx1611)
  (p objx1612)
  (p objx1613)
  (p objx1614)
  (p objx1615)
  (p objx1616)
  (p objx1617)
  (p objx1618)
  (p objx1619)
  (p objx1620)
  (p objx1621)
  (p objx1622)
  (p objx1623)
  (p objx1624)
  (p objx1625)
  (p objx1626)
  (p objx1627)
  (p objx1628)
  (p objx1629)
  (p objx1630)
  (p objx1631)
  (p objx1632)
  (p objx1633)
  (p objx1634)
  (p objx1635)
  (p objx1636)
  (p objx1637)
  (p objx1638)
  (p objx1639)
  (p objx1640)
  (p objx1641)
  (p objx1642)
  (p objx1643)
  (p objx1644)
  (p objx1645)
  (p objx1646)
  (p objx1647)
  (p objx1648)
  (p objx1649)
  (p objx1650)
  (p objx1651)
  (p objx1652)
  (p objx1653)
  (p objx1654)
  (p objx1655)
  (p objx1656)
  (p objx1657)
  (p objx1658)
  (p objx1659)
  (p objx1660)
  (p objx1661)
  (p objx1662)
  (p objx1663)
  (p objx1664)
  (p objx1665)
  (p objx1666)
  (p objx1667)
  (p objx1668)
  (p objx1669)
  (p objx1670)
  (p objx1671)
  (p objx1672)
  (p objx1673)
  (p objx1674)
  (p objx1675)
  (p objx1676)
  (p objx1677)
  (p objx1678)
  (p objx1679)
  (p objx1680)
  (p objx1681)
  (p objx1682)
  (p objx1683)
  (p objx1684)
  (p objx1685)
  (p objx1686)
  (p objx1687)
  (p objx1688)
  (p objx1689)
  (p objx1690)
  (p objx1691)
  (p objx1692)
  (p objx1693)
  (p objx1694)
  (p objx1695)
  (p objx1696)
  (p objx1697)
  (p objx1698)
  (p objx1699)
  (p objx1700)
  (p objx1701)
  (p objx1702)
  (p objx1703)
  (p objx1704)
  (p objx1705)
  (p objx1706)
  (p objx1707)
  (p objx1708)
  (p objx1709)
  (p objx1710)
  (p objx1711)
  (p objx1712)
  (p objx1713)
  (p objx1714)
  (p objx1715)
  (p objx1716)
  (p objx1717)
  (p objx1718)
  (p objx1719)
  (p objx1720)
  (p objx1721)
  (p objx1722)
  (p objx1723)
  (p objx1724)
  (p objx1725)
  (p objx1726)
  (p objx1727)
  (p objx1728)
  (p objx1729)
  (p objx1730)
  (p objx1731)
  (p objx1732)
  (p objx1733)
  (p objx1734)
  (p objx1735)
  (p objx1736)
  (p objx1737)
  (p objx1738)
  (p objx1739)
  (p objx1740)
  (p objx1741)
  (p objx1742)
  (p objx1743)
  (p objx1744)
  (p objx1745)
  (p objx1746)
  (p objx1747)
  (p objx1748)
  (p objx1749)
  (p objx1750)
  (p objx1751)
  (p objx1752)
  (p objx1753)
  (p objx1754)
  (p objx1755)
  (p objx1756)
  (p objx1757)
  (p objx1758)
  (p objx1759)
  (p objx1760)
  (p objx1761)
  (p objx1762)
  (p objx1763)
  (p objx1764)
  (p objx1765)
  (p objx1766)
  (p objx1767)
  (p objx1768)
  (p objx1769)
  (p objx1770)
  (p objx1771)
  (p objx1772)
  (p objx1773)
  (p objx1774)
  (p objx1775)
  (p objx1776)
  (p objx1777)
  (p objx1778)
  (p objx1779)
  (p objx1780)
  (p objx1781)
  (p objx1782)
  (p objx1783)
  (p objx1784)
  (p objx1785)
  (p objx1786)
  (p objx1787)
  (p objx1788)
  (p objx1789)
  (p objx1790)
  (p objx1791)
  (p objx1792)
  (p objx1793)
  (p objx1794)
  (p objx1795)
  (p objx1796)
  (p objx1797)
  (p objx1798)
  (p objx1799)
  (p objx1800)
  (p objx1801)
  (p objx1802)
  (p objx1803)
  (p objx1804)
  (p objx1805)
  (p objx1806)
  (p objx1807)
  (p objx1808)
  (p objx1809)
  (p objx1810)
  (p objx1811)
  (p objx1812)
  (p objx1813)
  (p objx1814)
  (p objx1815)
  (p objx1816)
  (p objx1817)
  (p objx1818)
  (p objx1819)
  (p objx1820)
  (p objx1821)
  (p objx1822)
  (p objx1823)
  (p objx1824)
  (p objx1825)
  (p objx1826)
  (p objx1827)
  (p objx1828)
  (p objx1829)
  (p objx1830)
  (p objx1831)
  (p objx1832)
  (p objx1833)
  (p objx1834)
  (p objx1835)
  (p objx1836)
  (p objx1837)
  (p objx1838)
  (p objx1839)
  (p objx1840)
  (p objx1841)
  (p objx1842)
  (p objx1843)
  (p objx1844)
  (p objx1845)
  (p objx1846)
  (p objx1847)
  (p objx1848)
  (p objx1849)
  (p objx1850)
  (p objx1851)
  (p objx1852)
  (p objx1853)
  (p objx1854)
  (p objx1855)
  (p objx1856)
  (p objx1857)
  (p objx1858)
  (p objx1859)
  (p objx1860)
  (p objx1861)
  (p objx1862)
  (p objx1863)
  (p objx1864)
  (p objx1865)
  (p objx1866)
  (p objx1867)
  (p objx1868)
  (p objx1869)
  (p objx1870)
  (p objx1871)
  (p objx1872)
  (p objx1873)
  (p objx1874)
  (p objx1875)
  (p objx1876)
  (p objx1877)
  (p objx1878)
  (p objx1879)
  (p objx1880)
  (p objx1881)
  (p objx1882)
  (p objx1883)
  (p objx1884)
  (p objx1885)
  (p objx1886)
  (p objx1887)
  (p objx1888)
  (p objx1889)
  (p objx1890)
  (p objx1891)
  (p objx1892)
  (p objx1893)
  (p objx1894)
  (p objx1895)
  (p objx1896)
  (p objx1897)
  (p objx1898)
  (p objx1899)
  (p objx1900)
  (p objx1901)
  (p objx1902)
  (p objx1903)
  (p objx1904)
  (p objx1905)
  (p objx1906)
  (p objx1907)
  (p objx1908)
  (p objx1909)
  (p objx1910)
  (p objx1911)
  (p objx1912)
  (p objx1913)
  (p objx1914)
  (p objx1915)
  (p objx1916)
  (p objx1917)
  (p objx1918)
  (p objx1919)
  (p objx1920)
  (p objx1921)
  (p objx1922)
  (p objx1923)
  (p objx1924)
  (p objx1925)
  (p objx1926)
  (p objx1927)
  (p objx1928)
  (p objx1929)
  (p objx1930)
  (p objx1931)
  (p objx1932)
  (p objx1933)
  (p objx1934)
  (p objx1935)
  (p objx1936)
  (p objx1937)
  (p objx1938)
  (p objx1939)
  (p objx1940)
  (p objx1941)
  (p objx1942)
  (p objx1943)
  (p objx1944)
  (p objx1945)
  (p objx1946)
  (p objx1947)
  (p objx1948)
  (p objx1949)
  (p objx1950)
  (p objx1951)
  (p objx1952)
  (p objx1953)
  (p objx1954)
  (p objx1955)
  (p objx1956)
  (p objx1957)
  (p objx1958)
  (p objx1959)
  (p objx1960)
  (p objx1961)
  (p objx1962)
  (p objx1963)
  (p objx1964)
  (p objx1965)
  (p objx1966)
  (p objx1967)
  (p objx1968)
  (p objx1969)
  (p objx1970)
  (p objx1971)
  (p objx1972)
  (p objx1973)
  (p objx1974)
  (p objx1975)
  (p objx1976)
  (p objx1977)
  (p objx1978)
  (p objx1979)
  (p objx1980)
  (p objx1981)
  (p objx1982)
  (p objx1983)
  (p objx1984)
  (p objx1985)
  (p objx1986)
  (p objx1987)
  (p objx1988)
  (p objx1989)
  (p objx1990)
  (p objx1991)
  (p objx1992)
  (p objx1993)
  (p objx1994)
  (p objx1995)
  (p objx1996)
  (p objx1997)
  (p objx1998)
  (p objx1999)
  (p objx2000)
  (p objx2001)
  (p objx2002)
  (p objx2003)
  (p objx2004)
  (p objx2005)
  (p objx2006)
  (p objx2007)
  (p objx2008)
  (p objx2009)
  (p objx2010)
  (p objx2011)
  (p objx2012)
  (p objx2013)
  (p objx2014)
  (p objx2015)
  (p objx2016)
  (p objx2017)
  (p objx2018)
  (p objx2019)
  (p objx2020)
  (p objx2021)
  (p objx2022)
  (p objx2023)
  (p objx2024)
  (p objx2025)
  (p objx2026)
  (p objx2027)
  (p objx2028)
  (p objx2029)
  (p objx2030)
  (p objx2031)
  (p objx2032)
  (p objx2033)
  (p objx2034)
  (p objx2035)
  (p objx2036)
  (p objx2037)
  (p objx2038)
  (p objx2039)
  (p objx2040)
  (p objx2041)
  (p objx2042)
  (p objx2043)
  (p objx2044)
  (p objx2045)
  (p objx2046)
  (p objx2047)
  (p objx2048)
  (p objx2049)
  (p objx2050)
  (p objx2051)
  (p objx2052)
  (p objx2053)
  (p objx2054)
  (p objx2055)
  (p objx2056)
  (p objx2057)
  (p objx2058)
  (p objx2059)
  (p objx2060)
  (p objx2061)
  (p objx2062)
  (p objx2063)
  (p objx2064)
  (p objx2065)
  (p objx2066)
  (p objx2067)
  (p objx2068)
  (p objx2069)
  (p objx2070)
  (p objx2071)
  (p objx2072)
  (p objx2073)
  (p objx2074)
  (p objx2075)
  (p objx2076)
  (p objx2077)
  (p objx2078)
  (p objx2079)
  (p objx2080)
  (p objx2081)
  (p objx2082)
  (p objx2083)
  (p objx2084)
  (p objx2085)
  (p objx2086)
  (p objx2087)
  (p objx2088)
  (p objx2089)
  (p objx2090)
  (p objx2091)
  (p objx2092)
  (p objx2093)
  (p objx2094)
  (p objx2095)
  (p objx2096)
  (p objx2097)
  (p objx2098)
  (p objx2099)
  (p objx2100)
  (p objx2101)
  (p objx2102)
  (p objx2103)
  (p objx2104)
  (p objx2105)
  (p objx2106)
  (p objx2107)
  (p objx2108)
  (p objx2109)
  (p objx2110)
  (p objx2111)
  (p objx2112)
  (p objx2113)
  (p objx2114)
  (p objx2115)
  (p objx2116)
  (p objx2117)
  (p objx2118)
  (p objx2119)
  (p objx2120)
  (p objx2121)
  (p objx2122)
  (p objx2123)
  (p objx2124)
  (p objx2125)
  (p objx2126)
  (p objx2127)
  (p objx2128)
  (p objx2129)
  (p objx2130)
  (p objx2131)
  (p objx2132)
  (p objx2133)
  (p objx2134)
  (p objx2135)
  (p objx2136)
  (p objx2137)
  (p objx2138)
  (p objx2139)
  (p objx2140)
  (p objx2141)
  (p objx2142)
  (p objx2143)
  (p objx2144)
  (p objx2145)
  (p objx2146)
  (p objx2147)
  (p objx2148)
  (p objx2149)
  (p objx2150)
  (p objx2151)
  (p objx2152)
  (p objx2153)
  (p objx2154)
  (p objx2155)
  (p objx2156)
  (p objx2157)
  (p objx2158)
  (p objx2159)
  (p objx2160)
  (p objx2161)
  (p objx2162)
  (p objx2163)
  (p objx2164)
  (p objx2165)
  (p objx2166)
  (p objx2167)
  (p objx2168)
  (p objx2169)
  (p objx2170)
  (p objx2171)
  (p objx2172)
  (p objx2173)
  (p objx2174)
  (p objx2175)
  (p objx2176)
  (p objx2177)
  (p objx2178)
  (p objx2179)
  (p objx2180)
  (p objx2181)
  (p objx2182)
  (p objx2183)
  (p objx2184)
  (p objx2185)
  (p objx2186)
  (p objx2187)
  (p objx2188)
  (p objx2189)
  (p objx2190)
  (p objx2191)
  (p objx2192)
  (p objx2193)
  (p objx2194)
  (p objx2195)
  (p objx2196)
  (p objx2197)
  (p objx2198)
  (p objx2199)
  (p objx2200)
  (p objx2201)
  (p objx2202)
  (p objx2203)
  (p objx2204)
  (p objx2205)
  (p objx2206)
  (p objx2207)
  (p objx2208)
  (p objx2209)
  (p objx2210)
  (p objx2211)
  (p objx2212)
  (p objx2213)
  (p objx2214)
  (p objx2215)
  (p objx2216)
  (p objx2217)
  (p objx2218)
  (p objx2219)
  (p objx2220)
  (p objx2221)
  (p objx2222)
  (p objx2223)
  (p objx2224)
  (p objx2225)
  (p objx2226)
  (p objx2227)
  (p objx2228)
  (p objx2229)
  (p objx2230)
  (p objx2231)
  (p objx2232)
  (p objx2233)
  (p objx2234)
  (p objx2235)
  (p objx2236)
  (p objx2237)
  (p objx2238)
  (p objx2239)
  (p objx2240)
  (p objx2241)
  (p objx2242)
  (p objx2243)
  (p objx2244)
  (p objx2245)
  (p objx2246)
  (p objx2247)
  (p objx2248)
  (p objx2249)
  (p objx2250)
  (p objx2251)
  (p objx2252)
  (p objx2253)
  (p objx2254)
  (p objx2255)
  (p objx2256)
  (p objx2257)
  (p objx2258)
  (p objx2259)
  (p objx2260)
  (p objx2261)
  (p objx2262)
  (p objx2263)
  (p objx2264)
  (p objx2265)
  (p objx2266)
  (p objx2267)
  (p objx2268)
  (p objx2269)
  (p objx2270)
  (p objx2271)
  (p objx2272)
  (p objx2273)
  (p objx2274)
  (p objx2275)
  (p objx2276)
  (p objx2277)
  (p objx2278)
  (p objx2279)
  (p objx2280)
  (p objx2281)
  (p objx2282)
  (p objx2283)
  (p objx2284)
  (p objx2285)
  (p objx2286)
  (p objx2287)
  (p objx2288)
  (p objx2289)
  (p objx2290)
  (p objx2291)
  (p objx2292)
  (p objx2293)
  (p objx2294)
  (p objx2295)
  (p objx2296)
  (p objx2297)
  (p objx2298)
  (p objx2299)
  (p objx2300)
  (p objx2301)
  (p objx2302)
  (p objx2303)
  (p objx2304)
  (p objx2305)
  (p objx2306)
  (p objx2307)
  (p objx2308)
  (p objx2309)
  (p objx2310)
  (p objx2311)
  (p objx2312)
  (p objx2313)
  (p objx2314)
  (p objx2315)
  (p objx2316)
  (p objx2317)
  (p objx2318)
  (p objx2319)
  (p objx2320)
  (p objx2321)
  (p objx2322)
  (p objx2323)
  (p objx2324)
  (p objx2325)
  (p objx2326)
  (p objx2327)
  (p objx2328)
  (p objx2329)
  (p objx2330)
  (p objx2331)
  (p objx2332)
  (p objx2333)
  (p objx2334)
  (p objx2335)
  (p objx2336)
  (p objx2337)
  (p objx2338)
  (p objx2339)
  (p objx2340)
  (p objx2341)
  (p objx2342)
  (p objx2343)
  (p objx2344)
  (p objx2345)
  (p objx2346)
  (p objx2347)
  (p objx2348)
  (p objx2349)
  (p objx2350)
  (p objx2351)
  (p objx2352)
  (p objx2353)
  (p objx2354)
  (p objx2355)
  (p objx2356)
  (p objx2357)
  (p objx2358)
  (p objx2359)
  (p objx2360)
  (p objx2361)
  (p objx2362)
  (p objx2363)
  (p objx2364)
  (p objx2365)
  (p objx2366)
  (p objx2367)
  (p objx2368)
  (p objx2369)
  (p objx2370)
  (p objx2371)
  (p objx2372)
  (p objx2373)
  (p objx2374)
  (p objx2375)
  (p objx2376)
  (p objx2377)
  (p objx2378)
  (p objx2379)
  (p objx2380)
  (p objx2381)
  (p objx2382)
  (p objx2383)
  (p objx2384)
  (p objx2385)
  (p objx2386)
  (p objx2387)
  (p objx2388)
  (p objx2389)
  (p objx2390)
  (p objx2391)
  (p objx2392)
  (p objx2393)
  (p objx2394)
  (p objx2395)
  (p objx2396)
  (p objx2397)
  (p objx2398)
  (p objx2399)
  (p objx2400)
  (p objx2401)
  (p objx2402)
  (p objx2403)
  (p objx2404)
  (p objx2405)
  (p objx2406)
  (p objx2407)
  (p objx2408)
  (p objx2409)
  (p objx2410)
  (p objx2411)
  (p objx2412)
  (p objx2413)
  (p objx2414)
  (p objx2415)
  (p objx2416)
  (p objx2417)
  (p objx2418)
  (p objx2419)
  (p objx2420)
  (p objx2421)
  (p objx2422)
  (p objx2423)
  (p objx2424)
  (p objx2425)
  (p objx2426)
  (p objx2427)
  (p objx2428)
  (p objx2429)
  (p objx2430)
  (p objx2431)
  (p objx2432)
  (p objx2433)
  (p objx2434)
  (p objx2435)
  (p objx2436)
  (p objx2437)
  (p objx2438)
  (p objx2439)
  (p objx2440)
  (p objx2441)
  (p objx2442)
  (p objx2443)
  (p objx2444)
  (p objx2445)
  (p objx2446)
  (p objx2447)
  (p objx2448)
  (p objx2449)
  (p objx2450)
  (p objx2451)
  (p objx2452)
  (p objx2453)
  (p objx2454)
  (p objx2455)
  (p objx2456)
  (p objx2457)
  (p objx2458)
  (p objx2459)
  (p objx2460)
  (p objx2461)
  (p objx2462)
  (p objx2463)
  (p objx2464)
  (p objx2465)
  (p objx2466)
  (p objx2467)
  (p objx2468)
  (p objx2469)
  (p objx2470)
  (p objx2471)
  (p objx2472)
  (p objx2473)
  (p objx2474)
  (p objx2475)
  (p objx2476)
  (p objx2477)
  (p objx2478)
  (p objx2479)
  (p objx2480)
  (p objx2481)
  (p objx2482)
  (p objx2483)
  (p objx2484)
  (p objx2485)
  (p objx2486)
  (p objx2487)
  (p objx2488)
  (p objx2489)
  (p objx2490)
  (p objx2491)
  (p objx2492)
  (p objx2493)
  (p objx2494)
  (p objx2495)
  (p objx2496)
  (p objx2497)
  (p objx2498)
  (p objx2499)
  (p objx2500)
  (p objx2501)
  (p objx2502)
  (p objx2503)
  (p objx2504)
  (p objx2505)
  (p objx2506)
  (p objx2507)
  (p objx2508)
  (p objx2509)
  (p objx2510)
  (p objx2511)
  (p objx2512)
  (p objx2513)
  (p objx2514)
  (p objx2515)
  (p objx2516)
  (p objx2517)
  (p objx2518)
  (p objx2519)
  (p objx2520)
  (p objx2521)
  (p objx2522)
  (p objx2523)
  (p objx2524)
  (p objx2525)
  (p objx2526)
  (p objx2527)
  (p objx2528)
  (p objx2529)
  (p objx2530)
  (p objx2531)
  (p objx2532)
  (p objx2533)
  (p objx2534)
  (p objx2535)
  (p objx2536)
  (p objx2537)
  (p objx2538)
  (p objx2539)
  (p objx2540)
  (p objx2541)
  (p objx2542)
  (p objx2543)
  (p objx2544)
  (p objx2545)
  (p objx2546)
  (p objx2547)
  (p objx2548)
  (p objx2549)
  (p objx2550)
  (p objx2551)
  (p objx2552)
  (p objx2553)
  (p objx2554)
  (p objx2555)
  (p objx2556)
  (p objx2557)
  (p objx2558)
  (p objx2559)
  (p objx2560)
  (p objx2561)
  (p objx2562)
  (p objx2563)
  (p objx2564)
  (p objx2565)
  (p objx2566)
  (p objx2567)
  (p objx2568)
  (p objx2569)
  (p objx2570)
  (p objx2571)
  (p objx2572)
  (p objx2573)
  (p objx2574)
  (p objx2575)
  (p objx2576)
  (p objx2577)
  (p objx2578)
  (p objx2579)
  (p objx2580)
  (p objx2581)
  (p objx2582)
  (p objx2583)
  (p objx2584)
  (p objx2585)
  (p objx2586)
  (p objx2587)
  (p objx2588)
  (p objx2589)
  (p objx2590)
  (p objx2591)
  (p objx2592)
  (p objx2593)
  (p objx2594)
  (p objx2595)
  (p objx2596)
  (p objx2597)
  (p objx2598)
  (p objx2599)
  (p objx2600)
  (p objx2601)
  (p objx2602)
  (p objx2603)
  (p objx2604)
  (p objx2605)
  (p objx2606)
  (p objx2607)
  (p objx2608)
  (p objx2609)
  (p objx2610)
  (p objx2611)
  (p objx2612)
  (p objx2613)
  (p objx2614)
  (p objx2615)
  (p objx2616)
  (p objx2617)
  (p objx2618)
  (p objx2619)
  (p objx2620)
  (p objx2621)
  (p objx2622)
  (p objx2623)
  (p objx2624)
  (p objx2625)
  (p objx2626)
  (p objx2627)
  (p objx2628)
  (p objx2629)
  (p objx2630)
  (p objx2631)
  (p objx2632)
  (p objx2633)
  (p objx2634)
  (p objx2635)
  (p objx2636)
  (p objx2637)
  (p objx2638)
  (p objx2639)
  (p objx2640)
  (p objx2641)
  (p objx2642)
  (p objx2643)
  (p objx2644)
  (p objx2645)
  (p objx2646)
  (p objx2647)
  (p objx2648)
  (p objx2649)
  (p objx2650)
  (p objx2651)
  (p objx2652)
  (p objx2653)
  (p objx2654)
  (p objx2655)
  (p objx2656)
  (p objx2657)
  (p objx2658)
  (p objx2659)
  (p objx2660)
  (p objx2661)
  (p objx2662)
  (p objx2663)
  (p objx2664)
  (p objx2665)
  (p objx2666)
  (p objx2667)
  (p objx2668)
  (p objx2669)
  (p objx2670)
  (p objx2671)
  (p objx2672)
  (p objx2673)
  (p objx2674)
  (p objx2675)
  (p objx2676)
  (p objx2677)
  (p objx2678)
  (p objx2679)
  (p objx2680)
  (p objx2681)
  (p objx2682)
  (p objx2683)
  (p objx2684)
  (p objx2685)
  (p objx2686)
  (p objx2687)
  (p objx2688)
  (p objx2689)
  (p objx2690)
  (p objx2691)
  (p objx2692)
  (p objx2693)
  (p objx2694)
  (p objx2695)
  (p objx2696)
  (p objx2697)
  (p objx2698)
  (p objx2699)
  (p objx2700)
  (p objx2701)
  (p objx2702)
  (p objx2703)
  (p objx2704)
  (p objx2705)
  (p objx2706)
  (p objx2707)
  (p objx2708)
  (p objx2709)
  (p objx2710)
  (p objx2711)
  (p objx2712)
  (p objx2713)
  (p objx2714)
  (p objx2715)
  (p objx2716)
  (p objx2717)
  (p objx2718)
  (p objx2719)
  (p objx2720)
  (p objx2721)
  (p objx2722)
  (p objx2723)
  (p objx2724)
  (p objx2725)
  (p objx2726)
  (p objx2727)
  (p objx2728)
  (p objx2729)
  (p objx2730)
  (p objx2731)
  (p objx2732)
  (p objx2733)
  (p objx2734)
  (p objx2735)
  (p objx2736)
  (p objx2737)
  (p objx2738)
  (p objx2739)
  (p objx2740)
  (p objx2741)
  (p objx2742)
  (p objx2743)
  (p objx2744)
  (p objx2745)
  (p objx2746)
  (p objx2747)
  (p objx2748)
  (p objx2749)
  (p objx2750)
  (p objx2751)
  (p objx2752)
  (p objx2753)
  (p objx2754)
  (p objx2755)
  (p objx2756)
  (p objx2757)
  (p objx2758)
  (p objx2759)
  (p objx2760)
  (p objx2761)
  (p objx2762)
  (p objx2763)
  (p objx2764)
  (p objx2765)
  (p objx2766)
  (p objx2767)
  (p objx2768)
  (p objx2769)
  (p objx2770)
  (p objx2771)
  (p objx2772)
  (p objx2773)
  (p objx2774)
  (p objx2775)
  (p objx2776)
  (p objx2777)
  (p objx2778)
  (p objx2779)
  (p objx2780)
  (p objx2781)
  (p objx2782)
  (p objx2783)
  (p objx2784)
  (p objx2785)
  (p objx2786)
  (p objx2787)
  (p objx2788)
  (p objx2789)
  (p objx2790)
  (p objx2791)
  (p objx2792)
  (p objx2793)
  (p objx2794)
  (p objx2795)
  (p objx2796)
  (p objx2797)
  (p objx2798)
  (p objx2799)
  (p objx2800)
  (p objx2801)
  (p objx2802)
  (p objx2803)
  (p objx2804)
  (p objx2805)
  (p objx2806)
  (p objx2807)
  (p objx2808)
  (p objx2809)
  (p objx2810)
  (p objx2811)
  (p objx2812)
  (p objx2813)
  (p objx2814)
  (p objx2815)
  (p objx2816)
  (p objx2817)
  (p objx2818)
  (p objx2819)
  (p objx2820)
  (p objx2821)
  (p objx2822)
  (p objx2823)
  (p objx2824)
  (p objx2825)
  (p objx2826)
  (p objx2827)
  (p objx2828)
  (p objx2829)
  (p objx2830)
  (p objx2831)
  (p objx2832)
  (p objx2833)
  (p objx2834)
  (p objx2835)
  (p objx2836)
  (p objx2837)
  (p objx2838)
  (p objx2839)
  (p objx2840)
  (p objx2841)
  (p objx2842)
  (p objx2843)
  (p objx2844)
  (p objx2845)
  (p objx2846)
  (p objx2847)
  (p objx2848)
  (p objx2849)
  (p objx2850)
  (p objx2851)
  (p objx2852)
  (p objx2853)
  (p objx2854)
  (p objx2855)
  (p objx2856)
  (p objx2857)
  (p objx2858)
  (p objx2859)
  (p objx2860)
  (p objx2861)
  (p objx2862)
  (p objx2863)
  (p objx2864)
  (p objx2865)
  (p objx2866)
  (p objx2867)
  (p objx2868)
  (p objx2869)
  (p objx2870)
  (p objx2871)
  (p objx2872)
  (p objx2873)
  (p objx2874)
  (p objx2875)
  (p objx2876)
  (p objx2877)
  (p objx2878)
  (p objx2879)
  (p objx2880)
  (p objx2881)
  (p objx2882)
  (p objx2883)
  (p objx2884)
  (p objx2885)
  (p objx2886)
  (p objx2887)
  (p objx2888)
  (p objx2889)
  (p objx2890)
  (p objx2891)
  (p objx2892)
  (p objx2893)
  (p objx2894)
  (p objx2895)
  (p objx2896)
  (p objx2897)
  (p objx2898)
  (p objx2899)
  (p objx2900)
  (p objx2901)
  (p objx2902)
  (p objx2903)
  (p objx2904)
  (p objx2905)
  (p objx2906)
  (p objx2907)
  (p objx2908)
  (p objx2909)
  (p objx2910)
  (p objx2911)
  (p objx2912)
  (p objx2913)
  (p objx2914)
  (p objx2915)
  (p objx2916)
  (p objx2917)
  (p objx2918)
  (p objx2919)
  (p objx2920)
  (p objx2921)
  (p objx2922)
  (p objx2923)
  (p objx2924)
  (p objx2925)
  (p objx2926)
  (p objx2927)
  (p objx2928)
  (p objx2929)
  (p objx2930)
  (p objx2931)
  (p objx2932)
  (p objx2933)
  (p objx2934)
  (p objx2935)
  (p objx2936)
  (p objx2937)
  (p objx2938)
  (p objx2939)
  (p objx2940)
  (p objx2941)
  (p objx2942)
  (p objx2943)
  (p objx2944)
  (p objx2945)
  (p objx2946)
  (p objx2947)
  (p objx2948)
  (p objx2949)
  (p objx2950)
  (p objx2951)
  (p objx2952)
  (p objx2953)
  (p objx2954)
  (p objx2955)
  (p objx2956)
  (p objx2957)
  (p objx2958)
  (p objx2959)
  (p objx2960)
  (p objx2961)
  (p objx2962)
  (p objx2963)
  (p objx2964)
  (p objx2965)
  (p objx2966)
  (p objx2967)
  (p objx2968)
  (p objx2969)
  (p objx2970)
  (p objx2971)
  (p objx2972)
  (p objx2973)
  (p objx2974)
  (p objx2975)
  (p objx2976)
  (p objx2977)
  (p objx2978)
  (p objx2979)
  (p objx2980)
  (p objx2981)
  (p objx2982)
  (p objx2983)
  (p objx2984)
  (p objx2985)
  (p objx2986)
  (p objx2987)
  (p objx2988)
  (p objx2989)
  (p objx2990)
  (p objx2991)
  (p objx2992)
  (p objx2993)
  (p objx2994)
  (p objx2995)
  (p objx2996)
  (p objx2997)
  (p objx2998)
  (p objx2999)
  (p objx3000)
  (p objx3001)
  (p objx3002)
  (p objx3003)
  (p objx3004)
  (p objx3005)
  (p objx3006)
  (p objx3007)
  (p objx3008)
  (p objx3009)
  (p objx3010)
  (p objx3011)
  (p objx3012)
  (p objx3013)
  (p objx3014)
  (p objx3015)
  (p objx3016)
  (p objx3017)
  (p objx3018)
  (p objx3019)
  (p objx3020)
  (p objx3021)
  (p objx3022)
  (p objx3023)
  (p objx3024)
  (p objx3025)
  (p objx3026)
  (p objx3027)
  (p objx3028)
  (p objx3029)
  (p objx3030)
  (p objx3031)
  (p objx3032)
  (p objx3033)
  (p objx3034)
  (p objx3035)
  (p objx3036)
  (p objx3037)
  (p objx3038)
  (p objx3039)
  (p objx3040)
  (p objx3041)
  (p objx3042)
  (p objx3043)
  (p objx3044)
  (p objx3045)
  (p objx3046)
  (p objx3047)
  (p objx3048)
  (p objx3049)
  (p objx3050)
  (p objx3051)
  (p objx3052)
  (p objx3053)
  (p objx3054)
  (p objx3055)
  (p objx3056)
  (p objx3057)
  (p objx3058)
  (p objx3059)
  (p objx3060)
  (p objx3061)
  (p objx3062)
  (p objx3063)
  (p objx3064)
  (p objx3065)
  (p objx3066)
  (p objx3067)
  (p objx3068)
  (p objx3069)
  (p objx3070)
  (p objx3071)
  (p objx3072)
  (p objx3073)
  (p objx3074)
  (p objx3075)
  (p objx3076)
  (p objx3077)
  (p objx3078)
  (p objx3079)
  (p objx3080)
  (p objx3081)
  (p objx3082)
  (p objx3083)
  (p objx3084)
  (p objx3085)
  (p objx3086)
  (p objx3087)
  (p objx3088)
  (p objx3089)
  (p objx3090)
  (p objx3091)
  (p objx3092)
  (p objx3093)
  (p objx3094)
  (p objx3095)
  (p objx3096)
  (p objx3097)
  (p objx3098)
  (p objx3099)
  (p objx3100)
  (p objx3101)
  (p objx3102)
  (p objx3103)
  (p objx3104)
  (p objx3105)
  (p objx3106)
  (p objx3107)
  (p objx3108)
  (p objx3109)
  (p objx3110)
  (p objx3111)
  (p objx3112)
  (p objx3113)
  (p objx3114)
  (p objx3115)
  (p objx3116)
  (p objx3117)
  (p objx3118)
  (p objx3119)
  (p objx3120)
  (p objx3121)
  (p objx3122)
  (p objx3123)
  (p objx3124)
  (p objx3125)
  (p objx3126)
  (p objx3127)
  (p objx3128)
  (p objx3129)
  (p objx3130)
  (p objx3131)
  (p objx3132)
  (p objx3133)
  (p objx3134)
  (p objx3135)
  (p objx3136)
  (p objx3137)
  (p objx3138)
  (p objx3139)
  (p objx3140)
  (p objx3141)
  (p objx3142)
  (p objx3143)
  (p objx3144)
  (p objx3145)
  (p objx3146)
  (p objx3147)
  (p objx3148)
  (p objx3149)
  (p objx3150)
  (p objx3151)
  (p objx3152)
  (p objx3153)
  (p objx3154)
  (p objx3155)
  (p objx3156)
  (p objx3157)
  (p objx3158)
  (p objx3159)
  (p objx3160)
  (p objx3161)
  (p objx3162)
  (p objx3163)
  (p objx3164)
  (p objx3165)
  (p objx3166)
  (p objx3167)
  (p objx3168)
  (p objx3169)
  (p objx3170)
  (p objx3171)
  (p objx3172)
  (p objx3173)
  (p objx3174)
  (p objx3175)
  (p objx3176)
  (p objx3177)
  (p objx3178)
  (p objx3179)
  (p objx3180)
  (p objx3181)
  (p objx3182)
  (p objx3183)
  (p objx3184)
  (p objx3185)
  (p objx3186)
  (p objx3187)
  (p objx3188)
  (p objx3189)
  (p objx3190)
  (p objx3191)
  (p objx3192)
  (p objx3193)
  (p objx3194)
  (p objx3195)
  (p objx3196)
  (p objx3197)
  (p objx3198)
  (p objx3199)
  (p objx3200)
  (p objx3201)
  (p objx3202)
  (p objx3203)
  (p objx3204)
  (p objx3205)
  (p objx3206)
  (p objx3207)
  (p objx3208)
  (p objx3209)
  (p objx3210)
  (p objx3211)
  (p objx3212)
  (p objx3213)
  (p objx3214)
  (p objx3215)
  (p objx3216)
  (p objx3217)
  (p objx3218)
  (p objx3219)
  (p objx3220)
  (p objx3221)
  (p objx3222)
  (p objx3223)
  (p objx3224)
  (p objx3225)
  (p objx3226)
  (p objx3227)
  (p objx3228)
  (p objx3229)
  (p objx3230)
  (p objx3231)
  (p objx3232)
  (p objx3233)
  (p objx3234)
  (p objx3235)
  (p objx3236)
  (p objx3237)
  (p objx3238)
  (p objx3239)
  (p objx3240)
  (p objx3241)
  (p objx3242)
  (p objx3243)
  (p objx3244)
  (p objx3245)
  (p objx3246)
  (p objx3247)
  (p objx3248)
  (p objx3249)
  (p objx3250)
  (p objx3251)
  (p objx3252)
  (p objx3253)
  (p objx3254)
  (p objx3255)
  (p objx3256)
  (p objx3257)
  (p objx3258)
  (p objx3259)
  (p objx3260)
  (p objx3261)
  (p objx3262)
  (p objx3263)
  (p objx3264)
  (p objx3265)
  (p objx3266)
  (p objx3267)
  (p objx3268)
  (p objx3269)
  (p objx3270)
  (p objx3271)
  (p objx3272)
  (p objx3273)
  (p objx3274)
  (p objx3275)
  (p objx3276)
  (p objx3277)
  (p objx3278)
  (p objx3279)
  (p objx3280)
  (p objx3281)
  (p objx3282)
  (p objx3283)
  (p objx3284)
  (p objx3285)
  (p objx3286)
  (p objx3287)
  (p objx3288)
  (p objx3289)
  (p objx3290)
  (p objx3291)
  (p objx3292)
  (p objx3293)
  (p objx3294)
  (p objx3295)
  (p objx3296)
  (p objx3297)
  (p objx3298)
  (p objx3299)
  (p objx3300)
  (p objx3301)
  (p objx3302)
  (p objx3303)
  (p objx3304)
  (p objx3305)
  (p objx3306)
  (p objx3307)
  (p objx3308)
  (p objx3309)
  (p objx3310)
  (p objx3311)
  (p objx3312)
  (p objx3313)
  (p objx3314)
  (p objx3315)
  (p objx3316)
  (p objx3317)
  (p objx3318)
  (p objx3319)
  (p objx3320)
  (p objx3321)
  (p objx3322)
  (p objx3323)
  (p objx3324)
  (p objx3325)
  (p objx3326)
  (p objx3327)
  (p objx3328)
  (p objx3329)
  (p objx3330)
  (p objx3331)
  (p objx3332)
  (p objx3333)
  (p objx3334)
  (p objx3335)
  (p objx3336)
  (p objx3337)
  (p objx3338)
  (p objx3339)
  (p objx3340)
  (p objx3341)
  (p objx3342)
  (p objx3343)
  (p objx3344)
  (p objx3345)
  (p objx3346)
  (p objx3347)
  (p objx3348)
  (p objx3349)
  (p objx3350)
  (p objx3351)
  (p objx3352)
  (p objx3353)
  (p objx3354)
  (p objx3355)
  (p objx3356)
  (p objx3357)
  (p objx3358)
  (p objx3359)
  (p objx3360)
  (p objx3361)
  (p objx3362)
  (p objx3363)
  (p objx3364)
  (p objx3365)
  (p objx3366)
  (p objx3367)
  (p objx3368)
  (p objx3369)
  (p objx3370)
  (p objx3371)
  (p objx3372)
  (p objx3373)
  (p objx3374)
  (p objx3375)
  (p objx3376)
  (p objx3377)
  (p objx3378)
  (p objx3379)
  (p objx3380)
  (p objx3381)
  (p objx3382)
  (p objx3383)
  (p objx3384)
  (p objx3385)
  (p objx3386)
  (p objx3387)
  (p objx3388)
  (p objx3389)
  (p objx3390)
  (p objx3391)
  (p objx3392)
  (p objx3393)
  (p objx3394)
  (p objx3395)
  (p objx3396)
  (p objx3397)
  (p objx3398)
  (p objx3399)
  (p objx3400)
  (p objx3401)
  (p objx3402)
  (p objx3403)
  (p objx3404)
  (p objx3405)
  (p objx3406)
  (p objx3407)
  (p objx3408)
  (p objx3409)
  (p objx3410)
  (p objx3411)
  (p objx3412)
  (p objx3413)
  (p objx3414)
  (p objx3415)
  (p objx3416)
  (p objx3417)
  (p objx3418)
  (p objx3419)
  (p objx3420)
  (p objx3421)
  (p objx3422)
  (p objx3423)
  (p objx3424)
  (p objx3425)
  (p objx3426)
  (p objx3427)
  (p objx3428)
  (p objx3429)
  (p objx3430)
  (p objx3431)
  (p objx3432)
  (p objx3433)
  (p objx3434)
  (p objx3435)
  (p objx3436)
  (p objx3437)
  (p objx3438)
  (p objx3439)
  (p objx3440)
  (p objx3441)
  (p objx3442)
  (p objx3443)
  (p objx3444)
  (p objx3445)
  (p objx3446)
  (p objx3447)
  (p objx3448)
  (p objx3449)
  (p objx3450)
  (p objx3451)
  (p objx3452)
  (p objx3453)
  (p objx3454)
  (p objx3455)
  (p objx3456)
  (p objx3457)
  (p objx3458)
  (p objx3459)
  (p objx3460)
  (p objx3461)
  (p objx3462)
  (p objx3463)
  (p objx3464)
  (p objx3465)
  (p objx3466)
  (p objx3467)
  (p objx3468)
  (p objx3469)
  (p objx3470)
  (p objx3471)
  (p objx3472)
  (p objx3473)
  (p objx3474)
  (p objx3475)
  (p objx3476)
  (p objx3477)
  (p objx3478)
  (p objx3479)
  (p objx3480)
  (p objx3481)
  (p objx3482)
  (p objx3483)
  (p objx3484)
  (p objx3485)
  (p objx3486)
  (p objx3487)
  (p objx3488)
  (p objx3489)
  (p objx3490)
  (p objx3491)
  (p objx3492)
  (p objx3493)
  (p objx3494)
  (p objx3495)
  (p objx3496)
  (p objx3497)
  (p objx3498)
  (p objx3499)
  (p objx3500)
  (p objx3501)
  (p objx3502)
  (p objx3503)
  (p objx3504)
  (p objx3505)
  (p objx3506)
  (p objx3507)
  (p objx3508)
  (p objx3509)
  (p objx3510)
  (p objx3511)
  (p objx3512)
  (p objx3513)
  (p objx3514)
  (p objx3515)
  (p objx3516)
  (p objx3517)
  (p objx3518)
  (p objx3519)
  (p objx3520)
  (p objx3521)
  (p objx3522)
  (p objx3523)
  (p objx3524)
  (p objx3525)
  (p objx3526)
  (p objx3527)
  (p objx3528)
  (p objx3529)
  (p objx3530)
  (p objx3531)
  (p objx3532)
  (p objx3533)
  (p objx3534)
  (p objx3535)
  (p objx3536)
  (p objx3537)
  (p objx3538)
  (p objx3539)
  (p objx3540)
  (p objx3541)
  (p objx3542)
  (p objx3543)
  (p objx3544)
  (p objx3545)
  (p objx3546)
  (p objx3547)
  (p objx3548)
  (p objx3549)
  (p objx3550)
  (p objx3551)
  (p objx3552)
  (p objx3553)
  (p objx3554)
  (p objx3555)
  (p objx3556)
  (p objx3557)
  (p objx3558)
  (p objx3559)
  (p objx3560)
  (p objx3561)
  (p objx3562)
  (p objx3563)
  (p objx3564)
  (p objx3565)
  (p objx3566)
  (p objx3567)
  (p objx3568)
  (p objx3569)
  (p objx3570)
  (p objx3571)
  (p objx3572)
  (p objx3573)
  (p objx3574)
  (p objx3575)
  (p objx3576)
  (p objx3577)
  (p objx3578)
  (p objx3579)
  (p objx3580)
  (p objx3581)
  (p objx3582)
  (p objx3583)
  (p objx3584)
  (p objx3585)
  (p objx3586)
  (p objx3587)
  (p objx3588)
  (p objx3589)
  (p objx3590)
  (p objx3591)
  (p objx3592)
  (p objx3593)
  (p objx3594)
  (p objx3595)
  (p objx3596)
  (p objx3597)
  (p objx3598)
  (p objx3599)
  (p objx3600)
  (p objx3601)
  (p objx3602)
  (p objx3603)
  (p objx3604)
  (p objx3605)
  (p objx3606)
  (p objx3607)
  (p objx3608)
  (p objx3609)
  (p objx3610)
  (p objx3611)
  (p objx3612)
  (p objx3613)
  (p objx3614)
  (p objx3615)
  (p objx3616)
  (p objx3617)
  (p objx3618)
  (p objx3619)
  (p objx3620)
  (p objx3621)
  (p objx3622)
  (p objx3623)
  (p objx3624)
  (p objx3625)
  (p objx3626)
  (p objx3627)
  (p objx3628)
  (p objx3629)
  (p objx3630)
  (p objx3631)
  (p objx3632)
  (p objx3633)
  (p objx3634)
  (p objx3635)
  (p objx3636)
  (p objx3637)
  (p objx3638)
  (p objx3639)
  (p objx3640)
  (p objx3641)
  (p objx3642)
  (p objx3643)
  (p objx3644)
  (p objx3645)
  (p objx3646)
  (p objx3647)
  (p objx3648)
  (p objx3649)
  (p objx3650)
  (p objx3651)
  (p objx3652)
  (p objx3653)
  (p objx3654)
  (p objx3655)
  (p objx3656)
  (p objx3657)
  (p objx3658)
  (p objx3659)
  (p objx3660)
  (p objx3661)
  (p objx3662)
  (p objx3663)
  (p objx3664)
  (p objx3665)
  (p objx3666)
  (p objx3667)
  (p objx3668)
  (p objx3669)
  (p objx3670)
  (p objx3671)
  (p objx3672)
  (p objx3673)
  (p objx3674)
  (p objx3675)
  (p objx3676)
  (p objx3677)
  (p objx3678)
  (p objx3679)
  (p objx3680)
  (p objx3681)
  (p objx3682)
  (p objx3683)
  (p objx3684)
  (p objx3685)
  (p objx3686)
  (p objx3687)
  (p objx3688)
  (p objx3689)
  (p objx3690)
  (p objx3691)
  (p objx3692)
  (p objx3693)
  (p objx3694)
  (p objx3695)
  (p objx3696)
  (p objx3697)
  (p objx3698)
  (p objx3699)
  (p objx3700)
  (p objx3701)
  (p objx3702)
  (p objx3703)
  (p objx3704)
  (p objx3705)
  (p objx3706)
  (p objx3707)
  (p objx3708)
  (p objx3709)
  (p objx3710)
  (p objx3711)
  (p objx3712)
  (p objx3713)
  (p objx3714)
  (p objx3715)
  (p objx3716)
  (p objx3717)
  (p objx3718)
  (p objx3719)
  (p objx3720)
  (p objx3721)
  (p objx3722)
  (p objx3723)
  (p objx3724)
  (p objx3725)
  (p objx3726)
  (p objx3727)
  (p objx3728)
  (p objx3729)
  (p objx3730)
  (p objx3731)
  (p objx3732)
  (p objx3733)
  (p objx3734)
  (p objx3735)
  (p objx3736)
  (p objx3737)
  (p objx3738)
  (p objx3739)
  (p objx3740)
  (p objx3741)
  (p objx3742)
  (p objx3743)
  (p objx3744)
  (p objx3745)
  (p objx3746)
  (p objx3747)
  (p objx3748)
  (p objx3749)
  (p objx3750)
  (p objx3751)
  (p objx3752)
  (p objx3753)
  (p objx3754)
  (p objx3755)
  (p objx3756)
  (p objx3757)
  (p objx3758)
  (p objx3759)
  (p objx3760)
  (p objx3761)
  (p objx3762)
  (p objx3763)
  (p objx3764)
  (p objx3765)
  (p objx3766)
  (p objx3767)
  (p objx3768)
  (p objx3769)
  (p objx3770)
  (p objx3771)
  (p objx3772)
  (p objx3773)
  (p objx3774)
  (p objx3775)
  (p objx3776)
  (p objx3777)
  (p objx3778)
  (p objx3779)
  (p objx3780)
  (p objx3781)
  (p objx3782)
  (p objx3783)
  (p objx3784)
  (p objx3785)
  (p objx3786)
  (p objx3787)
  (p objx3788)
  (p objx3789)
  (p objx3790)
  (p objx3791)
  (p objx3792)
  (p objx3793)
  (p objx3794)
  (p objx3795)
  (p objx3796)
  (p objx3797)
  (p objx3798)
  (p objx3799)
  (p objx3800)
  (p objx3801)
  (p objx3802)
  (p objx3803)
  (p objx3804)
  (p objx3805)
  (p objx3806)
  (p objx3807)
  (p objx3808)
  (p objx3809)
  (p objx3810)
  (p objx3811)
  (p objx3812)
  (p objx3813)
  (p objx3814)
  (p objx3815)
  (p objx3816)
  (p objx3817)
  (p objx3818)
  (p objx3819)
  (p objx3820)
  (p objx3821)
  (p objx3822)
  (p objx3823)
  (p objx3824)
  (p objx3825)
  (p objx3826)
  (p objx3827)
  (p objx3828)
  (p objx3829)
  (p objx3830)
  (p objx3831)
  (p objx3832)
  (p objx3833)
  (p objx3834)
  (p objx3835)
  (p objx3836)
  (p objx3837)
  (p objx3838)
  (p objx3839)
  (p objx3840)
  (p objx3841)
  (p objx3842)
  (p objx3843)
  (p objx3844)
  (p objx3845)
  (p objx3846)
  (p objx3847)
  (p objx3848)
  (p objx3849)
  (p objx3850)
  (p objx3851)
  (p objx3852)
  (p objx3853)
  (p objx3854)
  (p objx3855)
  (p objx3856)
  (p objx3857)
  (p objx3858)
  (p objx3859)
  (p objx3860)
  (p objx3861)
  (p objx3862)
  (p objx3863)
  (p objx3864)
  (p objx3865)
  (p objx3866)
  (p objx3867)
  (p objx3868)
  (p objx3869)
  (p objx3870)
  (p objx3871)
  (p objx3872)
  (p objx3873)
  (p objx3874)
  (p objx3875)
  (p objx3876)
  (p objx3877)
  (p objx3878)
  (p objx3879)
  (p objx3880)
  (p objx3881)
  (p objx3882)
  (p objx3883)
  (p objx3884)
  (p objx3885)
  (p objx3886)
  (p objx3887)
  (p objx3888)
  (p objx3889)
  (p objx3890)
  (p objx3891)
  (p objx3892)
  (p objx3893)
  (p objx3894)
  (p objx3895)
  (p objx3896)
  (p objx3897)
  (p objx3898)
  (p objx3899)
  (p objx3900)
  (p objx3901)
  (p objx3902)
  (p objx3903)
  (p objx3904)
  (p objx3905)
  (p objx3906)
  (p objx3907)
  (p objx3908)
  (p objx3909)
  (p objx3910)
  (p objx3911)
  (p objx3912)
  (p objx3913)
  (p objx3914)
  (p objx3915)
  (p objx3916)
  (p objx3917)
  (p objx3918)
  (p objx3919)
  (p objx3920)
  (p objx3921)
  (p objx3922)
  (p objx3923)
  (p objx3924)
  (p objx3925)
  (p objx3926)
  (p objx3927)
  (p objx3928)
  (p objx3929)
  (p objx3930)
  (p objx3931)
  (p objx3932)
  (p objx3933)
  (p objx3934)
  (p objx3935)
  (p objx3936)
  (p objx3937)
  (p objx3938)
  (p objx3939)
  (p objx3940)
  (p objx3941)
  (p objx3942)
  (p objx3943)
  (p objx3944)
  (p objx3945)
  (p objx3946)
  (p objx3947)
  (p objx3948)
  (p objx3949)
  (p objx3950)
  (p objx3951)
  (p objx3952)
  (p objx3953)
  (p objx3954)
  (p objx3955)
  (p objx3956)
  (p objx3957)
  (p objx3958)
  (p objx3959)
  (p objx3960)
  (p objx3961)
  (p objx3962)
  (p objx3963)
  (p objx3964)
  (p objx3965)
  (p objx3966)
  (p objx3967)
  (p objx3968)
  (p objx3969)
  (p objx3970)
  (p objx3971)
  (p objx3972)
  (p objx3973)
  (p objx3974)
  (p objx3975)
  (p objx3976)
  (p objx3977)
  (p objx3978)
  (p objx3979)
  (p objx3980)
  (p objx3981)
  (p objx3982)
  (p objx3983)
  (p objx3984)
  (p objx3985)
  (p objx3986)
  (p objx3987)
  (p objx3988)
  (p objx3989)
  (p objx3990)
  (p objx3991)
  (p objx3992)
  (p objx3993)
  (p objx3994)
  (p objx3995)
  (p objx3996)
  (p objx3997)
  (p objx3998)
  (p objx3999)
  (p objx4000)
  (p objx4001)
  (p objx4002)
  (p objx4003)
  (p objx4004)
  (p objx4005)
  (p objx4006)
  (p objx4007)
  (p objx4008)
  (p objx4009)
  (p objx4010)
  (p objx4011)
  (p objx4012)
  (p objx4013)
  (p objx4014)
  (p objx4015)
  (p objx4016)
  (p objx4017)
  (p objx4018)
  (p objx4019)
  (p objx4020)
  (p objx4021)
  (p objx4022)
  (p objx4023)
  (p objx4024)
  (p objx4025)
  (p objx4026)
  (p objx4027)
  (p objx4028)
  (p objx4029)
  (p objx4030)
  (p objx4031)
  (p objx4032)
  (p objx4033)
  (p objx4034)
  (p objx4035)
  (p objx4036)
  (p objx4037)
  (p objx4038)
  (p objx4039)
  (p objx4040)
  (p objx4041)
  (p objx4042)
  (p objx4043)
  (p objx4044)
  (p objx4045)
  (p objx4046)
  (p objx4047)
  (p objx4048)
  (p objx4049)
  (p objx4050)
  (p objx4051)
  (p objx4052)
  (p objx4053)
  (p objx4054)
  (p objx4055)
  (p objx4056)
  (p objx4057)
  (p objx4058)
  (p objx4059)
  (p objx4060)
  (p objx4061)
  (p objx4062)
  (p objx4063)
  (p objx4064)
  (p objx4065)
  (p objx4066)
  (p objx4067)
  (p objx4068)
  (p objx4069)
  (p objx4070)
  (p objx4071)
  (p objx4072)
  (p objx4073)
  (p objx4074)
  (p objx4075)
  (p objx4076)
  (p objx4077)
  (p objx4078)
  (p objx4079)
  (p objx4080)
  (p objx4081)
  (p objx4082)
  (p objx4083)
  (p objx4084)
  (p objx4085)
  (p objx4086)
  (p objx4087)
  (p objx4088)
  (p objx4089)
  (p objx4090)
  (p objx4091)
  (p objx4092)
  (p objx4093)
  (p objx4094)
  (p objx4095)
  (p objx4096)
  (p objx4097)
  (p objx4098)
  (p objx4099)
  (p objx4100)
  (p objx4101)
  (p objx4102)
  (p objx4103)
  (p objx4104)
  (p objx4105)
  (p objx4106)
  (p objx4107)
  (p objx4108)
  (p objx4109)
  (p objx4110)
  (p objx4111)
  (p objx4112)
  (p objx4113)
  (p objx4114)
  (p objx4115)
  (p objx4116)
  (p objx4117)
  (p objx4118)
  (p objx4119)
  (p objx4120)
  (p objx4121)
  (p objx4122)
  (p objx4123)
  (p objx4124)
  (p objx4125)
  (p objx4126)
  (p objx4127)
  (p objx4128)
  (p objx4129)
  (p objx4130)
  (p objx4131)
  (p objx4132)
  (p objx4133)
  (p objx4134)
  (p objx4135)
  (p objx4136)
  (p objx4137)
  (p objx4138)
  (p objx4139)
  (p objx4140)
  (p objx4141)
  (p objx4142)
  (p objx4143)
  (p objx4144)
  (p objx4145)
  (p objx4146)
  (p objx4147)
  (p objx4148)
  (p objx4149)
  (p objx4150)
  (p objx4151)
  (p objx4152)
  (p objx4153)
  (p objx4154)
  (p objx4155)
  (p objx4156)
  (p objx4157)
  (p objx4158)
  (p objx4159)
  (p objx4160)
  (p objx4161)
  (p objx4162)
  (p objx4163)
  (p objx4164)
  (p objx4165)
  (p objx4166)
  (p objx4167)
  (p objx4168)
  (p objx4169)
  (p objx4170)
  (p objx4171)
  (p objx4172)
  (p objx4173)
  (p objx4174)
  (p objx4175)
  (p objx4176)
  (p objx4177)
  (p objx4178)
  (p objx4179)
  (p objx4180)
  (p objx4181)
  (p objx4182)
  (p objx4183)
  (p objx4184)
  (p objx4185)
  (p objx4186)
  (p objx4187)
  (p objx4188)
  (p objx4189)
  (p objx4190)
  (p objx4191)
  (p objx4192)
  (p objx4193)
  (p objx4194)
  (p objx4195)
  (p objx4196)
  (p objx4197)
  (p objx4198)
  (p objx4199)
  (p objx4200)
  (p objx4201)
  (p objx4202)
  (p objx4203)
  (p objx4204)
  (p objx4205)
  (p objx4206)
  (p objx4207)
  (p objx4208)
  (p objx4209)
  (p objx4210)
  (p objx4211)
  (p objx4212)
  (p objx4213)
  (p objx4214)
  (p objx4215)
  (p objx4216)
  (p objx4217)
  (p objx4218)
  (p objx4219)
  (p objx4220)
  (p objx4221)
  (p objx4222)
  (p objx4223)
  (p objx4224)
  (p objx4225)
  (p objx4226)
  (p objx4227)
  (p objx4228)
  (p objx4229)
  (p objx4230)
  (p objx4231)
  (p objx4232)
  (p objx4233)
  (p objx4234)
  (p objx4235)
  (p objx4236)
  (p objx4237)
  (p objx4238)
  (p objx4239)
  (p objx4240)
  (p objx4241)
  (p objx4242)
  (p objx4243)
  (p objx4244)
  (p objx4245)
  (p objx4246)
  (p objx4247)
  (p objx4248)
  (p objx4249)
  (p objx4250)
  (p objx4251)
  (p objx4252)
  (p objx4253)
  (p objx4254)
  (p objx4255)
  (p objx4256)
  (p objx4257)
  (p objx4258)
  (p objx4259)
  (p objx4260)
  (p objx4261)
  (p objx4262)
  (p objx4263)
  (p objx4264)
  (p objx4265)
  (p objx4266)
  (p objx4267)
  (p objx4268)
  (p objx4269)
  (p objx4270)
  (p objx4271)
  (p objx4272)
  (p objx4273)
  (p objx4274)
  (p objx4275)
  (p objx4276)
  (p objx4277)
  (p objx4278)
  (p objx4279)
  (p objx4280)
  (p objx4281)
  (p objx4282)
  (p objx4283)
  (p objx4284)
  (p objx4285)
  (p objx4286)
  (p objx4287)
  (p objx4288)
  (p objx4289)
  (p objx4290)
  (p objx4291)
  (p objx4292)
  (p objx4293)
  (p objx4294)
  (p objx4295)
  (p objx4296)
  (p objx4297)
  (p objx4298)
  (p objx4299)
  (p objx4300)
  (p objx4301)
  (p objx4302)
  (p objx4303)
  (p objx4304)
  (p objx4305)
  (p objx4306)
  (p objx4307)
  (p objx4308)
  (p objx4309)
  (p objx4310)
  (p objx4311)
  (p objx4312)
  (p objx4313)
  (p objx4314)
  (p objx4315)
  (p objx4316)
  (p objx4317)
  (p objx4318)
  (p objx4319)
  (p objx4320)
  (p objx4321)
  (p objx4322)
  (p objx4323)
  (p objx4324)
  (p objx4325)
  (p objx4326)
  (p objx4327)
  (p objx4328)
  (p objx4329)
  (p objx4330)
  (p objx4331)
  (p objx4332)
  (p objx4333)
  (p objx4334)
  (p objx4335)
  (p objx4336)
  (p objx4337)
  (p objx4338)
  (p objx4339)
  (p objx4340)
  (p objx4341)
  (p objx4342)
  (p objx4343)
  (p objx4344)
  (p objx4345)
  (p objx4346)
  (p objx4347)
  (p objx4348)
  (p objx4349)
  (p objx4350)
  (p objx4351)
  (p objx4352)
  (p objx4353)
  (p objx4354)
  (p objx4355)
  (p objx4356)
  (p objx4357)
  (p objx4358)
  (p objx4359)
  (p objx4360)
  (p objx4361)
  (p objx4362)
  (p objx4363)
  (p objx4364)
  (p objx4365)
  (p objx4366)
  (p objx4367)
  (p objx4368)
  (p objx4369)
  (p objx4370)
  (p objx4371)
  (p objx4372)
  (p objx4373)
  (p objx4374)
  (p objx4375)
  (p objx4376)
  (p objx4377)
  (p objx4378)
  (p objx4379)
  (p objx4380)
  (p objx4381)
  (p objx4382)
  (p objx4383)
  (p objx4384)
  (p objx4385)
  (p objx4386)
  (p objx4387)
  (p objx4388)
  (p objx4389)
  (p objx4390)
  (p objx4391)
  (p objx4392)
  (p objx4393)
  (p objx4394)
  (p objx4395)
  (p objx4396)
  (p objx4397)
  (p objx4398)
  (p objx4399)
  (p objx4400)
  (p objx4401)
  (p objx4402)
  (p objx4403)
  (p objx4404)
  (p objx4405)
  (p objx4406)
  (p objx4407)
  (p objx4408)
  (p objx4409)
  (p objx4410)
  (p objx4411)
  (p objx4412)
  (p objx4413)
  (p objx4414)
  (p objx4415)
  (p objx4416)
  (p objx4417)
  (p objx4418)
  (p objx4419)
  (p objx4420)
  (p objx4421)
  (p objx4422)
  (p objx4423)
  (p objx4424)
  (p objx4425)
  (p objx4426)
  (p objx4427)
  (p objx4428)
  (p objx4429)
  (p objx4430)
  (p objx4431)
  (p objx4432)
  (p objx4433)
  (p objx4434)
  (p objx4435)
  (p objx4436)
  (p objx4437)
  (p objx4438)
  (p objx4439)
  (p objx4440)
  (p objx4441)
  (p objx4442)
  (p objx4443)
  (p objx4444)
  (p objx4445)
  (p objx4446)
  (p objx4447)
  (p objx4448)
  (p objx4449)
  (p objx4450)
  (p objx4451)
  (p objx4452)
  (p objx4453)
  (p objx4454)
  (p objx4455)
  (p objx4456)
  (p objx4457)
  (p objx4458)
  (p objx4459)
  (p objx4460)
  (p objx4461)
  (p objx4462)
  (p objx4463)
  (p objx4464)
  (p objx4465)
  (p objx4466)
  (p objx4467)
  (p objx4468)
  (p objx4469)
  (p objx4470)
  (p objx4471)
  (p objx4472)
  (p objx4473)
  (p objx4474)
  (p objx4475)
  (p objx4476)
  (p objx4477)
  (p objx4478)
  (p objx4479)
  (p objx4480)
  (p objx4481)
  (p objx4482)
  (p objx4483)
  (p objx4484)
  (p objx4485)
  (p objx4486)
  (p objx4487)
  (p objx4488)
  (p objx4489)
  (p objx4490)
  (p objx4491)
  (p objx4492)
  (p objx4493)
  (p objx4494)
  (p objx4495)
  (p objx4496)
  (p objx4497)
  (p objx4498)
  (p objx4499)
  (p objx4500)
  (p objx4501)
  (p objx4502)
  (p objx4503)
  (p objx4504)
  (p objx4505)
  (p objx4506)
  (p objx4507)
  (p objx4508)
  (p objx4509)
  (p objx4510)
  (p objx4511)
  (p objx4512)
  (p objx4513)
  (p objx4514)
  (p objx4515)
  (p objx4516)
  (p objx4517)
  (p objx4518)
  (p objx4519)
  (p objx4520)
  (p objx4521)
  (p objx4522)
  (p objx4523)
  (p objx4524)
  (p objx4525)
  (p objx4526)
  (p objx4527)
  (p objx4528)
  (p objx4529)
  (p objx4530)
  (p objx4531)
  (p objx4532)
  (p objx4533)
  (p objx4534)
  (p objx4535)
  (p objx4536)
  (p objx4537)
  (p objx4538)
  (p objx4539)
  (p objx4540)
  (p objx4541)
  (p objx4542)
  (p objx4543)
  (p objx4544)
  (p objx4545)
  (p objx4546)
  (p objx4547)
  (p objx4548)
  (p objx4549)
  (p objx4550)
  (p objx4551)
  (p objx4552)
  (p objx4553)
  (p objx4554)
  (p objx4555)
  (p objx4556)
  (p objx4557)
  (p objx4558)
  (p objx4559)
  (p objx4560)
  (p objx4561)
  (p objx4562)
  (p objx4563)
  (p objx4564)
  (p objx4565)
  (p objx4566)
  (p objx4567)
  (p objx4568)
  (p objx4569)
  (p objx4570)
  (p objx4571)
  (p objx4572)
  (p objx4573)
  (p objx4574)
  (p objx4575)
  (p objx4576)
  (p objx4577)
  (p objx4578)
  (p objx4579)
  (p objx4580)
  (p objx4581)
  (p objx4582)
  (p objx4583)
  (p objx4584)
  (p objx4585)
  (p objx4586)
  (p objx4587)
  (p objx4588)
  (p objx4589)
  (p objx4590)
  (p objx4591)
  (p objx4592)
  (p objx4593)
  (p objx4594)
  (p objx4595)
  (p objx4596)
  (p objx4597)
  (p objx4598)
  (p objx4599)
  (p objx4600)
  (p objx4601)
  (p objx4602)
  (p objx4603)
  (p objx4604)
  (p objx4605)
  (p objx4606)
  (p objx4607)
  (p objx4608)
  (p objx4609)
  (p objx4610)
  (p objx4611)
  (p objx4612)
  (p objx4613)
  (p objx4614)
  (p objx4615)
  (p objx4616)
  (p objx4617)
  (p objx4618)
  (p objx4619)
  (p objx4620)
  (p objx4621)
  (p objx4622)
  (p objx4623)
  (p objx4624)
  (p objx4625)
  (p objx4626)
  (p objx4627)
  (p objx4628)
  (p objx4629)
  (p objx4630)
  (p objx4631)
  (p objx4632)
  (p objx4633)
  (p objx4634)
  (p objx4635)
  (p objx4636)
  (p objx4637)
  (p objx4638)
  (p objx4639)
  (p objx4640)
  (p objx4641)
  (p objx4642)
  (p objx4643)
  (p objx4644)
  (p objx4645)
  (p objx4646)
  (p objx4647)
  (p objx4648)
  (p objx4649)
  (p objx4650)
  (p objx4651)
  (p objx4652)
  (p objx4653)
  (p objx4654)
  (p objx4655)
  (p objx4656)
  (p objx4657)
  (p objx4658)
  (p objx4659)
  (p objx4660)
  (p objx4661)
  (p objx4662)
  (p objx4663)
  (p objx4664)
  (p objx4665)
  (p objx4666)
  (p objx4667)
  (p objx4668)
  (p objx4669)
  (p objx4670)
  (p objx4671)
  (p objx4672)
  (p objx4673)
  (p objx4674)
  (p objx4675)
  (p objx4676)
  (p objx4677)
  (p objx4678)
  (p objx4679)
  (p objx4680)
  (p objx4681)
  (p objx4682)
  (p objx4683)
  (p objx4684)
  (p objx4685)
  (p objx4686)
  (p objx4687)
  (p objx4688)
  (p objx4689)
  (p objx4690)
  (p objx4691)
  (p objx4692)
  (p objx4693)
  (p objx4694)
  (p objx4695)
  (p objx4696)
  (p objx4697)
  (p objx4698)
  (p objx4699)
  (p objx4700)
  (p objx4701)
  (p objx4702)
  (p objx4703)
  (p objx4704)
  (p objx4705)
  (p objx4706)
  (p objx4707)
  (p objx4708)
  (p objx4709)
  (p objx4710)
  (p objx4711)
  (p objx4712)
  (p objx4713)
  (p objx4714)
  (p objx4715)
  (p objx4716)
  (p objx4717)
  (p objx4718)
  (p objx4719)
  (p objx4720)
  (p objx4721)
  (p objx4722)
  (p objx4723)
  (p objx4724)
  (p objx4725)
  (p objx4726)
  (p objx4727)
  (p objx4728)
  (p objx4729)
  (p objx4730)
  (p objx4731)
  (p objx4732)
  (p objx4733)
  (p objx4734)
  (p objx4735)
  (p objx4736)
  (p objx4737)
  (p objx4738)
  (p objx4739)
  (p objx4740)
  (p objx4741)
  (p objx4742)
  (p objx4743)
  (p objx4744)
  (p objx4745)
  (p objx4746)
  (p objx4747)
  (p objx4748)
  (p objx4749)
  (p objx4750)
  (p objx4751)
  (p objx4752)
  (p objx4753)
  (p objx4754)
  (p objx4755)
  (p objx4756)
  (p objx4757)
  (p objx4758)
  (p objx4759)
  (p objx4760)
  (p objx4761)
  (p objx4762)
  (p objx4763)
  (p objx4764)
  (p objx4765)
  (p objx4766)
  (p objx4767)
  (p objx4768)
  (p objx4769)
  (p objx4770)
  (p objx4771)
  (p objx4772)
  (p objx4773)
  (p objx4774)
  (p objx4775)
  (p objx4776)
  (p objx4777)
  (p objx4778)
  (p objx4779)
  (p objx4780)
  (p objx4781)
  (p objx4782)
  (p objx4783)
  (p objx4784)
  (p objx4785)
  (p objx4786)
  (p objx4787)
  (p objx4788)
  (p objx4789)
  (p objx4790)
  (p objx4791)
  (p objx4792)
  (p objx4793)
  (p objx4794)
  (p objx4795)
  (p objx4796)
  (p objx4797)
  (p objx4798)
  (p objx4799)
  (p objx4800)
  (p objx4801)
  (p objx4802)
  (p objx4803)
  (p objx4804)
  (p objx4805)
  (p objx4806)
  (p objx4807)
  (p objx4808)
  (p objx4809)
  (p objx4810)
  (p objx4811)
  (p objx4812)
  (p objx4813)
  (p objx4814)
  (p objx4815)
  (p objx4816)
  (p objx4817)
  (p objx4818)
  (p objx4819)
  (p objx4820)
  (p objx4821)
  (p objx4822)
  (p objx4823)
  (p objx4824)
  (p objx4825)
  (p objx4826)
  (p objx4827)
  (p objx4828)
  (p objx4829)
  (p objx4830)
  (p objx4831)
  (p objx4832)
  (p objx4833)
  (p objx4834)
  (p objx4835)
  (p objx4836)
  (p objx4837)
  (p objx4838)
  (p objx4839)
  (p objx4840)
  (p objx4841)
  (p objx4842)
  (p objx4843)
  (p objx4844)
  (p objx4845)
  (p objx4846)
  (p objx4847)
  (p objx4848)
  (p objx4849)
  (p objx4850)
  (p objx4851)
  (p objx4852)
  (p objx4853)
  (p objx4854)
  (p objx4855)
  (p objx4856)
  (p objx4857)
  (p objx4858)
  (p objx4859)
  (p objx4860)
  (p objx4861)
  (p objx4862)
  (p objx4863)
  (p objx4864)
  (p objx4865)
  (p objx4866)
  (p objx4867)
  (p objx4868)
  (p objx4869)
  (p objx4870)
  (p objx4871)
  (p objx4872)
  (p objx4873)
  (p objx4874)
  (p objx4875)
  (p objx4876)
  (p objx4877)
  (p objx4878)
  (p objx4879)
  (p objx4880)
  (p objx4881)
  (p objx4882)
  (p objx4883)
  (p objx4884)
  (p objx4885)
  (p objx4886)
  (p objx4887)
  (p objx4888)
  (p objx4889)
  (p objx4890)
  (p objx4891)
  (p objx4892)
  (p objx4893)
  (p objx4894)
  (p objx4895)
  (p objx4896)
  (p objx4897)
  (p objx4898)
  (p objx4899)
  (p objx4900)
  (p objx4901)
  (p objx4902)
  (p objx4903)
  (p objx4904)
  (p objx4905)
  (p objx4906)
  (p objx4907)
  (p objx4908)
  (p objx4909)
  (p objx4910)
  (p objx4911)
  (p objx4912)
  (p objx4913)
  (p objx4914)
  (p objx4915)
  (p objx4916)
  (p objx4917)
  (p objx4918)
  (p objx4919)
  (p objx4920)
  (p objx4921)
  (p objx4922)
  (p objx4923)
  (p objx4924)
  (p objx4925)
  (p objx4926)
  (p objx4927)
  (p objx4928)
  (p objx4929)
  (p objx4930)
  (p objx4931)
  (p objx4932)
  (p objx4933)
  (p objx4934)
  (p objx4935)
  (p objx4936)
  (p objx4937)
  (p objx4938)
  (p objx4939)
  (p objx4940)
  (p objx4941)
  (p objx4942)
  (p objx4943)
  (p objx4944)
  (p objx4945)
  (p objx4946)
  (p objx4947)
  (p objx4948)
  (p objx4949)
  (p objx4950)
  (p objx4951)
  (p objx4952)
  (p objx4953)
  (p objx4954)
  (p objx4955)
  (p objx4956)
  (p objx4957)
  (p objx4958)
  (p objx4959)
  (p objx4960)
  (p objx4961)
  (p objx4962)
  (p objx4963)
  (p objx4964)
  (p objx4965)
  (p objx4966)
  (p objx4967)
  (p objx4968)
  (p objx4969)
  (p objx4970)
  (p objx4971)
  (p objx4972)
  (p objx4973)
  (p objx4974)
  (p objx4975)
  (p objx4976)
  (p objx4977)
  (p objx4978)
  (p objx4979)
  (p objx4980)
  (p objx4981)
  (p objx4982)
  (p objx4983)
  (p objx4984)
  (p objx4985)
  (p objx4986)
  (p objx4987)
  (p objx4988)
  (p objx4989)
  (p objx4990)
  (p objx4991)
  (p objx4992)
  (p objx4993)
  (p objx4994)
  (p objx4995)
  (p objx4996)
  (p objx4997)
  (p objx4998)
  (p objx4999)
  (p objx5000)
  (p objx5001)
  (p objx5002)
  (p objx5003)
  (p objx5004)
  (p objx5005)
  (p objx5006)
  (p objx5007)
  (p objx5008)
  (p objx5009)
  (p objx5010)
  (p objx5011)
  (p objx5012)
  (p objx5013)
  (p objx5014)
  (p objx5015)
  (p objx5016)
  (p objx5017)
  (p objx5018)
  (p objx5019)
  (p objx5020)
  (p objx5021)
  (p objx5022)
  (p objx5023)
  (p objx5024)
  (p objx5025)
  (p objx5026)
  (p objx5027)
  (p objx5028)
  (p objx5029)
  (p objx5030)
  (p objx5031)
  (p objx5032)
  (p objx5033)
  (p objx5034)
  (p objx5035)
  (p objx5036)
  (p objx5037)
  (p objx5038)
  (p objx5039)
  (p objx5040)
  (p objx5041)
  (p objx5042)
  (p objx5043)
  (p objx5044)
  (p objx5045)
  (p objx5046)
  (p objx5047)
  (p objx5048)
  (p objx5049)
  (p objx5050)
  (p objx5051)
  (p objx5052)
  (p objx5053)
  (p objx5054)
  (p objx5055)
  (p objx5056)
  (p objx5057)
  (p objx5058)
  (p objx5059)
  (p objx5060)
  (p objx5061)
  (p objx5062)
  (p objx5063)
  (p objx5064)
  (p objx5065)
  (p objx5066)
  (p objx5067)
  (p objx5068)
  (p objx5069)
  (p objx5070)
  (p objx5071)
  (p objx5072)
  (p objx5073)
  (p objx5074)
  (p objx5075)
  (p objx5076)
  (p objx5077)
  (p objx5078)
  (p objx5079)
  (p objx5080)
  (p objx5081)
  (p objx5082)
  (p objx5083)
  (p objx5084)
  (p objx5085)
  (p objx5086)
  (p objx5087)
  (p objx5088)
  (p objx5089)
  (p objx5090)
  (p objx5091)
  (p objx5092)
  (p objx5093)
  (p objx5094)
  (p objx5095)
  (p objx5096)
  (p objx5097)
  (p objx5098)
  (p objx5099)
  (p objx5100)
  (p objx5101)
  (p objx5102)
  (p objx5103)
  (p objx5104)
  (p objx5105)
  (p objx5106)
  (p objx5107)
  (p objx5108)
  (p objx5109)
  (p objx5110)
  (p objx5111)
  (p objx5112)
  (p objx5113)
  (p objx5114)
  (p objx5115)
  (p objx5116)
  (p objx5117)
  (p objx5118)
  (p objx5119)
  (p objx5120)
  (p objx5121)
  (p objx5122)
  (p objx5123)
  (p objx5124)
  (p objx5125)
  (p objx5126)
  (p objx5127)
  (p objx5128)
  (p objx5129)
  (p objx5130)
  (p objx5131)
  (p objx5132)
  (p objx5133)
  (p objx5134)
  (p objx5135)
  (p objx5136)
  (p objx5137)
  (p objx5138)
  (p objx5139)
  (p objx5140)
  (p objx5141)
  (p objx5142)
  (p objx5143)
  (p objx5144)
  (p objx5145)
  (p objx5146)
  (p objx5147)
  (p objx5148)
  (p objx5149)
  (p objx5150)
  (p objx5151)
  (p objx5152)
  (p objx5153)
  (p objx5154)
  (p objx5155)
  (p objx5156)
  (p objx5157)
  (p objx5158)
  (p objx5159)
  (p objx5160)
  (p objx5161)
  (p objx5162)
  (p objx5163)
  (p objx5164)
  (p objx5165)
  (p objx5166)
  (p objx5167)
  (p objx5168)
  (p objx5169)
  (p objx5170)
  (p objx5171)
  (p objx5172)
  (p objx5173)
  (p objx5174)
  (p objx5175)
  (p objx5176)
  (p objx5177)
  (p objx5178)
  (p objx5179)
  (p objx5180)
  (p objx5181)
  (p objx5182)
  (p objx5183)
  (p objx5184)
  (p objx5185)
  (p objx5186)
  (p objx5187)
  (p objx5188)
  (p objx5189)
  (p objx5190)
  (p objx5191)
  (p objx5192)
  (p objx5193)
  (p objx5194)
  (p objx5195)
  (p objx5196)
  (p objx5197)
  (p objx5198)
  (p objx5199)
  (p objx5200)
  (p objx5201)
  (p objx5202)
  (p objx5203)
  (p objx5204)
  (p objx5205)
  (p objx5206)
  (p objx5207)
  (p objx5208)
  (p objx5209)
  (p objx5210)
  (p objx5211)
  (p objx5212)
  (p objx5213)
  (p objx5214)
  (p objx5215)
  (p objx5216)
  (p objx5217)
  (p objx5218)
  (p objx5219)
  (p objx5220)
  (p objx5221)
  (p objx5222)
  (p objx5223)
  (p objx5224)
  (p objx5225)
  (p objx5226)
  (p objx5227)
  (p objx5228)
  (p objx5229)
  (p objx5230)
  (p objx5231)
  (p objx5232)
  (p objx5233)
  (p objx5234)
  (p objx5235)
  (p objx5236)
  (p objx5237)
  (p objx5238)
  (p objx5239)
  (p objx5240)
  (p objx5241)
  (p objx5242)
  (p objx5243)
  (p objx5244)
  (p objx5245)
  (p objx5246)
  (p objx5247)
  (p objx5248)
  (p objx5249)
  (p objx5250)
  (p objx5251)
  (p objx5252)
  (p objx5253)
  (p objx5254)
  (p objx5255)
  (p objx5256)
  (p objx5257)
  (p objx5258)
  (p objx5259)
  (p objx5260)
  (p objx5261)
  (p objx5262)
  (p objx5263)
  (p objx5264)
  (p objx5265)
  (p objx5266)
  (p objx5267)
  (p objx5268)
  (p objx5269)
  (p objx5270)
  (p objx5271)
  (p objx5272)
  (p objx5273)
  (p objx5274)
  (p objx5275)
  (p objx5276)
  (p objx5277)
  (p objx5278)
  (p objx5279)
  (p objx5280)
  (p objx5281)
  (p objx5282)
  (p objx5283)
  (p objx5284)
  (p objx5285)
  (p objx5286)
  (p objx5287)
  (p objx5288)
  (p objx5289)
  (p objx5290)
  (p objx5291)
  (p objx5292)
  (p objx5293)
  (p objx5294)
  (p objx5295)
  (p objx5296)
  (p objx5297)
  (p objx5298)
  (p objx5299)
  (p objx5300)
  (p objx5301)
  (p objx5302)
  (p objx5303)
  (p objx5304)
  (p objx5305)
  (p objx5306)
  (p objx5307)
  (p objx5308)
  (p objx5309)
  (p objx5310)
  (p objx5311)
  (p objx5312)
  (p objx5313)
  (p objx5314)
  (p objx5315)
  (p objx5316)
  (p objx5317)
  (p objx5318)
  (p objx5319)
  (p objx5320)
  (p objx5321)
  (p objx5322)
  (p objx5323)
  (p objx5324)
  (p objx5325)
  (p objx5326)
  (p objx5327)
  (p objx5328)
  (p objx5329)
  (p objx5330)
  (p objx5331)
  (p objx5332)
  (p objx5333)
  (p objx5334)
  (p objx5335)
  (p objx5336)
  (p objx5337)
  (p objx5338)
  (p objx5339)
  (p objx5340)
  (p objx5341)
  (p objx5342)
  (p objx5343)
  (p objx5344)
  (p objx5345)
  (p objx5346)
  (p objx5347)
  (p objx5348)
  (p objx5349)
  (p objx5350)
  (p objx5351)
  (p objx5352)
  (p objx5353)
  (p objx5354)
  (p objx5355)
  (p objx5356)
  (p objx5357)
  (p objx5358)
  (p objx5359)
  (p objx5360)
  (p objx5361)
  (p objx5362)
  (p objx5363)
  (p objx5364)
  (p objx5365)
  (p objx5366)
  (p objx5367)
  (p objx5368)
  (p objx5369)
  (p objx5370)
  (p objx5371)
  (p objx5372)
  (p objx5373)
  (p objx5374)
  (p objx5375)
  (p objx5376)
  (p objx5377)
  (p objx5378)
  (p objx5379)
  (p objx5380)
  (p objx5381)
  (p objx5382)
  (p objx5383)
  (p objx5384)
  (p objx5385)
  (p objx5386)
  (p objx5387)
  (p objx5388)
  (p objx5389)
  (p objx5390)
  (p objx5391)
  (p objx5392)
  (p objx5393)
  (p objx5394)
  (p objx5395)
  (p objx5396)
  (p objx5397)
  (p objx5398)
  (p objx5399)
  (p objx5400)
  (p objx5401)
  (p objx5402)
  (p objx5403)
  (p objx5404)
  (p objx5405)
  (p objx5406)
  (p objx5407)
  (p objx5408)
  (p objx5409)
  (p objx5410)
  (p objx5411)
  (p objx5412)
  (p objx5413)
  (p objx5414)
  (p objx5415)
  (p objx5416)
  (p objx5417)
  (p objx5418)
  (p objx5419)
  (p objx5420)
  (p objx5421)
  (p objx5422)
  (p objx5423)
  (p objx5424)
  (p objx5425)
  (p objx5426)
  (p objx5427)
  (p objx5428)
  (p objx5429)
  (p objx5430)
  (p objx5431)
  (p objx5432)
  (p objx5433)
  (p objx5434)
  (p objx5435)
  (p objx5436)
  (p objx5437)
  (p objx5438)
  (p objx5439)
  (p objx5440)
  (p objx5441)
  (p objx5442)
  (p objx5443)
  (p objx5444)
  (p objx5445)
  (p objx5446)
  (p objx5447)
  (p objx5448)
  (p objx5449)
  (p objx5450)
  (p objx5451)
  (p objx5452)
  (p objx5453)
  (p objx5454)
  (p objx5455)
  (p objx5456)
  (p objx5457)
  (p objx5458)
  (p objx5459)
  (p objx5460)
  (p objx5461)
  (p objx5462)
  (p objx5463)
  (p objx5464)
  (p objx5465)
  (p objx5466)
  (p objx5467)
  (p objx5468)
  (p objx5469)
  (p objx5470)
  (p objx5471)
  (p objx5472)
  (p objx5473)
  (p objx5474)
  (p objx5475)
  (p objx5476)
  (p objx5477)
  (p objx5478)
  (p objx5479)
  (p objx5480)
  (p objx5481)
  (p objx5482)
  (p objx5483)
  (p objx5484)
  (p objx5485)
  (p objx5486)
  (p objx5487)
  (p objx5488)
  (p objx5489)
  (p objx5490)
  (p objx5491)
  (p objx5492)
  (p objx5493)
  (p objx5494)
  (p objx5495)
  (p objx5496)
  (p objx5497)
  (p objx5498)
  (p objx5499)
  (p objx5500)
  (p objx5501)
  (p objx5502)
  (p objx5503)
  (p objx5504)
  (p objx5505)
  (p objx5506)
  (p objx5507)
  (p objx5508)
  (p objx5509)
  (p objx5510)
  (p objx5511)
  (p objx5512)
  (p objx5513)
  (p objx5514)
  (p objx5515)
  (p objx5516)
  (p objx5517)
  (p objx5518)
  (p objx5519)
  (p objx5520)
  (p objx5521)
  (p objx5522)
  (p objx5523)
  (p objx5524)
  (p objx5525)
  (p objx5526)
  (p objx5527)
  (p objx5528)
  (p objx5529)
  (p objx5530)
  (p objx5531)
  (p objx5532)
  (p objx5533)
  (p objx5534)
  (p objx5535)
  (p objx5536)
  (p objx5537)
  (p objx5538)
  (p objx5539)
  (p objx5540)
  (p objx5541)
  (p objx5542)
  (p objx5543)
  (p objx5544)
  (p objx5545)
  (p objx5546)
  (p objx5547)
  (p objx5548)
  (p objx5549)
  (p objx5550)
  (p objx5551)
  (p objx5552)
  (p objx5553)
  (p objx5554)
  (p objx5555)
  (p objx5556)
  (p objx5557)
  (p objx5558)
  (p objx5559)
  (p objx5560)
  (p objx5561)
  (p objx5562)
  (p objx5563)
  (p objx5564)
  (p objx5565)
  (p objx5566)
  (p objx5567)
  (p objx5568)
  (p objx5569)
  (p objx5570)
  (p objx5571)
  (p objx5572)
  (p objx5573)
  (p objx5574)
  (p objx5575)
  (p objx5576)
  (p objx5577)
  (p objx5578)
  (p objx5579)
  (p objx5580)
  (p objx5581)
  (p objx5582)
  (p objx5583)
  (p objx5584)
  (p objx5585)
  (p objx5586)
  (p objx5587)
  (p objx5588)
  (p objx5589)
  (p objx5590)
  (p objx5591)
  (p objx5592)
  (p objx5593)
  (p objx5594)
  (p objx5595)
  (p objx5596)
  (p objx5597)
  (p objx5598)
  (p objx5599)
  (p objx5600)
  (p objx5601)
  (p objx5602)
  (p objx5603)
  (p objx5604)
  (p objx5605)
  (p objx5606)
  (p objx5607)
  (p objx5608)
  (p objx5609)
  (p objx5610)
  (p objx5611)
  (p objx5612)
  (p objx5613)
  (p objx5614)
  (p objx5615)
  (p objx5616)
  (p objx5617)
  (p objx5618)
  (p objx5619)
  (p objx5620)
  (p objx5621)
  (p objx5622)
  (p objx5623)
  (p objx5624)
  (p objx5625)
  (p objx5626)
  (p objx5627)
  (p objx5628)
  (p objx5629)
  (p objx5630)
  (p objx5631)
  (p objx5632)
  (p objx5633)
  (p objx5634)
  (p objx5635)
  (p objx5636)
  (p objx5637)
  (p objx5638)
  (p objx5639)
  (p objx5640)
  (p objx5641)
  (p objx5642)
  (p objx5643)
  (p objx5644)
  (p objx5645)
  (p objx5646)
  (p objx5647)
  (p objx5648)
  (p objx5649)
  (p objx5650)
  (p objx5651)
  (p objx5652)
  (p objx5653)
  (p objx5654)
  (p objx5655)
  (p objx5656)
  (p objx5657)
  (p objx5658)
  (p objx5659)
  (p objx5660)
  (p objx5661)
  (p objx5662)
  (p objx5663)
  (p objx5664)
  (p objx5665)
  (p objx5666)
  (p objx5667)
  (p objx5668)
  (p objx5669)
  (p objx5670)
  (p objx5671)
  (p objx5672)
  (p objx5673)
  (p objx5674)
  (p objx5675)
  (p objx5676)
  (p objx5677)
  (p objx5678)
  (p objx5679)
  (p objx5680)
  (p objx5681)
  (p objx5682)
  (p objx5683)
  (p objx5684)
  (p objx5685)
  (p objx5686)
  (p objx5687)
  (p objx5688)
  (p objx5689)
  (p objx5690)
  (p objx5691)
  (p objx5692)
  (p objx5693)
  (p objx5694)
  (p objx5695)
  (p objx5696)
  (p objx5697)
  (p objx5698)
  (p objx5699)
  (p objx5700)
  (p objx5701)
  (p objx5702)
  (p objx5703)
  (p objx5704)
  (p objx5705)
  (p objx5706)
  (p objx5707)
  (p objx5708)
  (p objx5709)
  (p objx5710)
  (p objx5711)
  (p objx5712)
  (p objx5713)
  (p objx5714)
  (p objx5715)
  (p objx5716)
  (p objx5717)
  (p objx5718)
  (p objx5719)
  (p objx5720)
  (p objx5721)
  (p objx5722)
  (p objx5723)
  (p objx5724)
  (p objx5725)
  (p objx5726)
  (p objx5727)
  (p objx5728)
  (p objx5729)
  (p objx5730)
  (p objx5731)
  (p objx5732)
  (p objx5733)
  (p objx5734)
  (p objx5735)
  (p objx5736)
  (p objx5737)
  (p objx5738)
  (p objx5739)
  (p objx5740)
  (p objx5741)
  (p objx5742)
  (p objx5743)
  (p objx5744)
  (p objx5745)
  (p objx5746)
  (p objx5747)
  (p objx5748)
  (p objx5749)
  (p objx5750)
  (p objx5751)
  (p objx5752)
  (p objx5753)
  (p objx5754)
  (p objx5755)
  (p objx5756)
  (p objx5757)
  (p objx5758)
  (p objx5759)
  (p objx5760)
  (p objx5761)
  (p objx5762)
  (p objx5763)
  (p objx5764)
  (p objx5765)
  (p objx5766)
  (p objx5767)
  (p objx5768)
  (p objx5769)
  (p objx5770)
  (p objx5771)
  (p objx5772)
  (p objx5773)
  (p objx5774)
  (p objx5775)
  (p objx5776)
  (p objx5777)
  (p objx5778)
  (p objx5779)
  (p objx5780)
  (p objx5781)
  (p objx5782)
  (p objx5783)
  (p objx5784)
  (p objx5785)
  (p objx5786)
  (p objx5787)
  (p objx5788)
  (p objx5789)
  (p objx5790)
  (p objx5791)
  (p objx5792)
  (p objx5793)
  (p objx5794)
  (p objx5795)
  (p objx5796)
  (p objx5797)
  (p objx5798)
  (p objx5799)
  (p objx5800)
  (p objx5801)
  (p objx5802)
  (p objx5803)
  (p objx5804)
  (p objx5805)
  (p objx5806)
  (p objx5807)
  (p objx5808)
  (p objx5809)
  (p objx5810)
  (p objx5811)
  (p objx5812)
  (p objx5813)
  (p objx5814)
  (p objx5815)
  (p objx5816)
  (p objx5817)
  (p objx5818)
  (p objx5819)
  (p objx5820)
  (p objx5821)
  (p objx5822)
  (p objx5823)
  (p objx5824)
  (p objx5825)
  (p objx5826)
  (p objx5827)
  (p objx5828)
  (p objx5829)
  (p objx5830)
  (p objx5831)
  (p objx5832)
  (p objx5833)
  (p objx5834)
  (p objx5835)
  (p objx5836)
  (p objx5837)
  (p objx5838)
  (p objx5839)
  (p objx5840)
  (p objx5841)
  (p objx5842)
  (p objx5843)
  (p objx5844)
  (p objx5845)
  (p objx5846)
  (p objx5847)
  (p objx5848)
  (p objx5849)
  (p objx5850)
  (p objx5851)
  (p objx5852)
  (p objx5853)
  (p objx5854)
  (p objx5855)
  (p objx5856)
  (p objx5857)
  (p objx5858)
  (p objx5859)
  (p objx5860)
  (p objx5861)
  (p objx5862)
  (p objx5863)
  (p objx5864)
  (p objx5865)
  (p objx5866)
  (p objx5867)
  (p objx5868)
  (p objx5869)
  (p objx5870)
  (p objx5871)
  (p objx5872)
  (p objx5873)
  (p objx5874)
  (p objx5875)
  (p objx5876)
  (p objx5877)
  (p objx5878)
  (p objx5879)
  (p objx5880)
  (p objx5881)
  (p objx5882)
  (p objx5883)
  (p objx5884)
  (p objx5885)
  (p objx5886)
  (p objx5887)
  (p objx5888)
  (p objx5889)
  (p objx5890)
  (p objx5891)
  (p objx5892)
  (p objx5893)
  (p objx5894)
  (p objx5895)
  (p objx5896)
  (p objx5897)
  (p objx5898)
  (p objx5899)
  (p objx5900)
  (p objx5901)
  (p objx5902)
  (p objx5903)
  (p objx5904)
  (p objx5905)
  (p objx5906)
  (p objx5907)
  (p objx5908)
  (p objx5909)
  (p objx5910)
  (p objx5911)
  (p objx5912)
  (p objx5913)
  (p objx5914)
  (p objx5915)
  (p objx5916)
  (p objx5917)
  (p objx5918)
  (p objx5919)
  (p objx5920)
  (p objx5921)
  (p objx5922)
  (p objx5923)
  (p objx5924)
  (p objx5925)
  (p objx5926)
  (p objx5927)
  (p objx5928)
  (p objx5929)
  (p objx5930)
  (p objx5931)
  (p objx5932)
  (p objx5933)
  (p objx5934)
  (p objx5935)
  (p objx5936)
  (p objx5937)
  (p objx5938)
  (p objx5939)
  (p objx5940)
  (p objx5941)
  (p objx5942)
  (p objx5943)
  (p objx5944)
  (p objx5945)
  (p objx5946)
  (p objx5947)
  (p objx5948)
  (p objx5949)
  (p objx5950)
  (p objx5951)
  (p objx5952)
  (p objx5953)
  (p objx5954)
  (p objx5955)
  (p objx5956)
  (p objx5957)
  (p objx5958)
  (p objx5959)
  (p objx5960)
  (p objx5961)
  (p objx5962)
  (p objx5963)
  (p objx5964)
  (p objx5965)
  (p objx5966)
  (p objx5967)
  (p objx5968)
  (p objx5969)
  (p objx5970)
  (p objx5971)
  (p objx5972)
  (p objx5973)
  (p objx5974)
  (p objx5975)
  (p objx5976)
  (p objx5977)
  (p objx5978)
  (p objx5979)
  (p objx5980)
  (p objx5981)
  (p objx5982)
  (p objx5983)
  (p objx5984)
  (p objx5985)
  (p objx5986)
  (p objx5987)
  (p objx5988)
  (p objx5989)
  (p objx5990)
  (p objx5991)
  (p objx5992)
  (p objx5993)
  (p objx5994)
  (p objx5995)
  (p objx5996)
  (p objx5997)
  (p objx5998)
  (p objx5999)
  (p objx6000)
  (p objx6001)
  (p objx6002)
  (p objx6003)
  (p objx6004)
  (p objx6005)
  (p objx6006)
  (p objx6007)
  (p objx6008)
  (p objx6009)
  (p objx6010)
  (p objx6011)
  (p objx6012)
  (p objx6013)
  (p objx6014)
  (p objx6015)
  (p objx6016)
  (p objx6017)
  (p objx6018)
  (p objx6019)
  (p objx6020)
  (p objx6021)
  (p objx6022)
  (p objx6023)
  (p objx6024)
  (p objx6025)
  (p objx6026)
  (p objx6027)
  (p objx6028)
  (p objx6029)
  (p objx6030)
  (p objx6031)
  (p objx6032)
  (p objx6033)
  (p objx6034)
  (p objx6035)
  (p objx6036)
  (p objx6037)
  (p objx6038)
  (p objx6039)
  (p objx6040)
  (p objx6041)
  (p objx6042)
  (p objx6043)
  (p objx6044)
  (p objx6045)
  (p objx6046)
  (p objx6047)
  (p objx6048)
  (p objx6049)
  (p objx6050)
  (p objx6051)
  (p objx6052)
  (p objx6053)
  (p objx6054)
  (p objx6055)
  (p objx6056)
  (p objx6057)
  (p objx6058)
  (p objx6059)
  (p objx6060)
  (p objx6061)
  (p objx6062)
  (p objx6063)
  (p objx6064)
  (p objx6065)
  (p objx6066)
  (p objx6067)
  (p objx6068)
  (p objx6069)
  (p objx6070)
  (p objx6071)
  (p objx6072)
  (p objx6073)
  (p objx6074)
  (p objx6075)
  (p objx6076)
  (p objx6077)
  (p objx6078)
  (p objx6079)
  (p objx6080)
  (p objx6081)
  (p objx6082)
  (p objx6083)
  (p objx6084)
  (p objx6085)
  (p objx6086)
  (p objx6087)
  (p objx6088)
  (p objx6089)
  (p objx6090)
  (p objx6091)
  (p objx6092)
  (p objx6093)
  (p objx6094)
  (p objx6095)
  (p objx6096)
  (p objx6097)
  (p objx6098)
  (p objx6099)
  (p objx6100)
  (p objx6101)
  (p objx6102)
  (p objx6103)
  (p objx6104)
  (p objx6105)
  (p objx6106)
  (p objx6107)
  (p objx6108)
  (p objx6109)
  (p objx6110)
  (p objx6111)
  (p objx6112)
  (p objx6113)
  (p objx6114)
  (p objx6115)
  (p objx6116)
  (p objx6117)
  (p objx6118)
  (p objx6119)
  (p objx6120)
  (p objx6121)
  (p objx6122)
  (p objx6123)
  (p objx6124)
  (p objx6125)
  (p objx6126)
  (p objx6127)
  (p objx6128)
  (p objx6129)
  (p objx6130)
  (p objx6131)
  (p objx6132)
  (p objx6133)
  (p objx6134)
  (p objx6135)
  (p objx6136)
  (p objx6137)
  (p objx6138)
  (p objx6139)
  (p objx6140)
  (p objx6141)
  (p objx6142)
  (p objx6143)
  (p objx6144)
  (p objx6145)
  (p objx6146)
  (p objx6147)
  (p objx6148)
  (p objx6149)
  (p objx6150)
  (p objx6151)
  (p objx6152)
  (p objx6153)
  (p objx6154)
  (p objx6155)
  (p objx6156)
  (p objx6157)
  (p objx6158)
  (p objx6159)
  (p objx6160)
  (p objx6161)
  (p objx6162)
  (p objx6163)
  (p objx6164)
  (p objx6165)
  (p objx6166)
  (p objx6167)
  (p objx6168)
  (p objx6169)
  (p objx6170)
  (p objx6171)
  (p objx6172)
  (p objx6173)
  (p objx6174)
  (p objx6175)
  (p objx6176)
  (p objx6177)
  (p objx6178)
  (p objx6179)
  (p objx6180)
  (p objx6181)
  (p objx6182)
  (p objx6183)
  (p objx6184)
  (p objx6185)
  (p objx6186)
  (p objx6187)
  (p objx6188)
  (p objx6189)
  (p objx6190)
  (p objx6191)
  (p objx6192)
  (p objx6193)
  (p objx6194)
  (p objx6195)
  (p objx6196)
  (p objx6197)
  (p objx6198)
  (p objx6199)
  (p objx6200)
  (p objx6201)
  (p objx6202)
  (p objx6203)
  (p objx6204)
  (p objx6205)
  (p objx6206)
  (p objx6207)
  (p objx6208)
  (p objx6209)
  (p objx6210)
  (p objx6211)
  (p objx6212)
  (p objx6213)
  (p objx6214)
  (p objx6215)
  (p objx6216)
  (p objx6217)
  (p objx6218)
  (p objx6219)
  (p objx6220)
  (p objx6221)
  (p objx6222)
  (p objx6223)
  (p objx6224)
  (p objx6225)
  (p objx6226)
  (p objx6227)
  (p objx6228)
  (p objx6229)
  (p objx6230)
  (p objx6231)
  (p objx6232)
  (p objx6233)
  (p objx6234)
  (p objx6235)
  (p objx6236)
  (p objx6237)
  (p objx6238)
  (p objx6239)
  (p objx6240)
  (p objx6241)
  (p objx6242)
  (p objx6243)
  (p objx6244)
  (p objx6245)
  (p objx6246)
  (p objx6247)
  (p objx6248)
  (p objx6249)
  (p objx6250)
  (p objx6251)
  (p objx6252)
  (p objx6253)
  (p objx6254)
  (p objx6255)
  (p objx6256)
  (p objx6257)
  (p objx6258)
  (p objx6259)
  (p objx6260)
  (p objx6261)
  (p objx6262)
  (p objx6263)
  (p objx6264)
  (p objx6265)
  (p objx6266)
  (p objx6267)
  (p objx6268)
  (p objx6269)
  (p objx6270)
  (p objx6271)
  (p objx6272)
  (p objx6273)
  (p objx6274)
  (p objx6275)
  (p objx6276)
  (p objx6277)
  (p objx6278)
  (p objx6279)
  (p objx6280)
  (p objx6281)
  (p objx6282)
  (p objx6283)
  (p objx6284)
  (p objx6285)
  (p objx6286)
  (p objx6287)
  (p objx6288)
  (p objx6289)
  (p objx6290)
  (p objx6291)
  (p objx6292)
  (p objx6293)
  (p objx6294)
  (p objx6295)
  (p objx6296)
  (p objx6297)
  (p objx6298)
  (p objx6299)
  (p objx6300)
  (p objx6301)
  (p objx6302)
  (p objx6303)
  (p objx6304)
  (p objx6305)
  (p objx6306)
  (p objx6307)
  (p objx6308)
  (p objx6309)
  (p objx6310)
  (p objx6311)
  (p objx6312)
  (p objx6313)
  (p objx6314)
  (p objx6315)
  (p objx6316)
  (p objx6317)
  (p objx6318)
  (p objx6319)
  (p objx6320)
  (p objx6321)
  (p objx6322)
  (p objx6323)
  (p objx6324)
  (p objx6325)
  (p objx6326)
  (p objx6327)
  (p objx6328)
  (p objx6329)
  (p objx6330)
  (p objx6331)
  (p objx6332)
  (p objx6333)
  (p objx6334)
  (p objx6335)
  (p objx6336)
  (p objx6337)
  (p objx6338)
  (p objx6339)
  (p objx6340)
  (p objx6341)
  (p objx6342)
  (p objx6343)
  (p objx6344)
  (p objx6345)
  (p objx6346)
  (p objx6347)
  (p objx6348)
  (p objx6349)
  (p objx6350)
  (p objx6351)
  (p objx6352)
  (p objx6353)
  (p objx6354)
  (p objx6355)
  (p objx6356)
  (p objx6357)
  (p objx6358)
  (p objx6359)
  (p objx6360)
  (p objx6361)
  (p objx6362)
  (p objx6363)
  (p objx6364)
  (p objx6365)
  (p objx6366)
  (p objx6367)
  (p objx6368)
  (p objx6369)
  (p objx6370)
  (p objx6371)
  (p objx6372)
  (p objx6373)
  (p objx6374)
  (p objx6375)
  (p objx6376)
  (p objx6377)
  (p objx6378)
  (p objx6379)
  (p objx6380)
  (p objx6381)
  (p objx6382)
  (p objx6383)
  (p objx6384)
  (p objx6385)
  (p objx6386)
  (p objx6387)
  (p objx6388)
  (p objx6389)
  (p objx6390)
  (p objx6391)
  (p objx6392)
  (p objx6393)
  (p objx6394)
  (p objx6395)
  (p objx6396)
  (p objx6397)
  (p objx6398)
  (p objx6399)
  (p objx6400)
  (p objx6401)
  (p objx6402)
  (p objx6403)
  (p objx6404)
  (p objx6405)
  (p objx6406)
  (p objx6407)
  (p objx6408)
  (p objx6409)
  (p objx6410)
  (p objx6411)
  (p objx6412)
  (p objx6413)
  (p objx6414)
  (p objx6415)
  (p objx6416)
  (p objx6417)
  (p objx6418)
  (p objx6419)
  (p objx6420)
  (p objx6421)
  (p objx6422)
  (p objx6423)
  (p objx6424)
  (p objx6425)
  (p objx6426)
  (p objx6427)
  (p objx6428)
  (p objx6429)
  (p objx6430)
  (p objx6431)
  (p objx6432)
  (p objx6433)
  (p objx6434)
  (p objx6435)
  (p objx6436)
  (p objx6437)
  (p objx6438)
  (p objx6439)
  (p objx6440)
  (p objx6441)
  (p objx6442)
  (p objx6443)
  (p objx6444)
  (p objx6445)
  (p objx6446)
  (p objx6447)
  (p objx6448)
  (p objx6449)
  (p objx6450)
  (p objx6451)
  (p objx6452)
  (p objx6453)
  (p objx6454)
  (p objx6455)
  (p objx6456)
  (p objx6457)
  (p objx6458)
  (p objx6459)
  (p objx6460)
  (p objx6461)
  (p objx6462)
  (p objx6463)
  (p objx6464)
  (p objx6465)
  (p objx6466)
  (p objx6467)
  (p objx6468)
  (p objx6469)
  (p objx6470)
  (p objx6471)
  (p objx6472)
  (p objx6473)
  (p objx6474)
  (p objx6475)
  (p objx6476)
  (p objx6477)
  (p objx6478)
  (p objx6479)
  (p objx6480)
  (p objx6481)
  (p objx6482)
  (p objx6483)
  (p objx6484)
  (p objx6485)
  (p objx6486)
  (p objx6487)
  (p objx6488)
  (p objx6489)
  (p objx6490)
  (p objx6491)
  (p objx6492)
  (p objx6493)
  (p objx6494)
  (p objx6495)
  (p objx6496)
  (p objx6497)
  (p objx6498)
  (p objx6499)
  (p objx6500)
  (p objx6501)
  (p objx6502)
  (p objx6503)
  (p objx6504)
  (p objx6505)
  (p objx6506)
  (p objx6507)
  (p objx6508)
  (p objx6509)
  (p objx6510)
  (p objx6511)
  (p objx6512)
  (p objx6513)
  (p objx6514)
  (p objx6515)
  (p objx6516)
  (p objx6517)
  (p objx6518)
  (p objx6519)
  (p objx6520)
  (p objx6521)
  (p objx6522)
  (p objx6523)
  (p objx6524)
  (p objx6525)
  (p objx6526)
  (p objx6527)
  (p objx6528)
  (p objx6529)
  (p objx6530)
  (p objx6531)
  (p objx6532)
  (p objx6533)
  (p objx6534)
  (p objx6535)
  (p objx6536)
  (p objx6537)
  (p objx6538)
  (p objx6539)
  (p objx6540)
  (p objx6541)
  (p objx6542)
  (p objx6543)
  (p objx6544)
  (p objx6545)
  (p objx6546)
  (p objx6547)
  (p objx6548)
  (p objx6549)
  (p objx6550)
  (p objx6551)
  (p objx6552)
  (p objx6553)
  (p objx6554)
  (p objx6555)
  (p objx6556)
  (p objx6557)
  (p objx6558)
  (p objx6559)
  (p objx6560)
  (p objx6561)
  (p objx6562)
  (p objx6563)
  (p objx6564)
  (p objx6565)
  (p objx6566)
  (p objx6567)
  (p objx6568)
  (p objx6569)
  (p objx6570)
  (p objx6571)
  (p objx6572)
  (p objx6573)
  (p objx6574)
  (p objx6575)
  (p objx6576)
  (p objx6577)
  (p objx6578)
  (p objx6579)
  (p objx6580)
  (p objx6581)
  (p objx6582)
  (p objx6583)
  (p objx6584)
  (p objx6585)
  (p objx6586)
  (p objx6587)
  (p objx6588)
  (p objx6589)
  (p objx6590)
  (p objx6591)
  (p objx6592)
  (p objx6593)
  (p objx6594)
  (p objx6595)
  (p objx6596)
  (p objx6597)
  (p objx6598)
  (p objx6599)
  (p objx6600)
  (p objx6601)
  (p objx6602)
  (p objx6603)
  (p objx6604)
  (p objx6605)
  (p objx6606)
  (p objx6607)
  (p objx6608)
  (p objx6609)
  (p objx6610)
  (p objx6611)
  (p objx6612)
  (p objx6613)
  (p objx6614)
  (p objx6615)
  (p objx6616)
  (p objx6617)
  (p objx6618)
  (p objx6619)
  (p objx6620)
  (p objx6621)
  (p objx6622)
  (p objx6623)
  (p objx6624)
  (p objx6625)
  (p objx6626)
  (p objx6627)
  (p objx6628)
  (p objx6629)
  (p objx6630)
  (p objx6631)
  (p objx6632)
  (p objx6633)
  (p objx6634)
  (p objx6635)
  (p objx6636)
  (p objx6637)
  (p objx6638)
  (p objx6639)
  (p objx6640)
  (p objx6641)
  (p objx6642)
  (p objx6643)
  (p objx6644)
  (p objx6645)
  (p objx6646)
  (p objx6647)
  (p objx6648)
  (p objx6649)
  (p objx6650)
  (p objx6651)
  (p objx6652)
  (p objx6653)
  (p objx6654)
  (p objx6655)
  (p objx6656)
  (p objx6657)
  (p objx6658)
  (p objx6659)
  (p objx6660)
  (p objx6661)
  (p objx6662)
  (p objx6663)
  (p objx6664)
  (p objx6665)
  (p objx6666)
  (p objx6667)
  (p objx6668)
  (p objx6669)
  (p objx6670)
  (p objx6671)
  (p objx6672)
  (p objx6673)
  (p objx6674)
  (p objx6675)
  (p objx6676)
  (p objx6677)
  (p objx6678)
  (p objx6679)
  (p objx6680)
  (p objx6681)
  (p objx6682)
  (p objx6683)
  (p objx6684)
  (p objx6685)
  (p objx6686)
  (p objx6687)
  (p objx6688)
  (p objx6689)
  (p objx6690)
  (p objx6691)
  (p objx6692)
  (p objx6693)
  (p objx6694)
  (p objx6695)
  (p objx6696)
  (p objx6697)
  (p objx6698)
  (p objx6699)
  (p objx6700)
  (p objx6701)
  (p objx6702)
  (p objx6703)
  (p objx6704)
  (p objx6705)
  (p objx6706)
  (p objx6707)
  (p objx6708)
  (p objx6709)
  (p objx6710)
  (p objx6711)
  (p objx6712)
  (p objx6713)
  (p objx6714)
  (p objx6715)
  (p objx6716)
  (p objx6717)
  (p objx6718)
  (p objx6719)
  (p objx6720)
  (p objx6721)
  (p objx6722)
  (p objx6723)
  (p objx6724)
  (p objx6725)
  (p objx6726)
  (p objx6727)
  (p objx6728)
  (p objx6729)
  (p objx6730)
  (p objx6731)
  (p objx6732)
  (p objx6733)
  (p objx6734)
  (p objx6735)
  (p objx6736)
  (p objx6737)
  (p objx6738)
  (p objx6739)
  (p objx6740)
  (p objx6741)
  (p objx6742)
  (p objx6743)
  (p objx6744)
  (p objx6745)
  (p objx6746)
  (p objx6747)
  (p objx6748)
  (p objx6749)
  (p objx6750)
  (p objx6751)
  (p objx6752)
  (p objx6753)
  (p objx6754)
  (p objx6755)
  (p objx6756)
  (p objx6757)
  (p objx6758)
  (p objx6759)
  (p objx6760)
  (p objx6761)
  (p objx6762)
  (p objx6763)
  (p objx6764)
  (p objx6765)
  (p objx6766)
  (p objx6767)
  (p objx6768)
  (p objx6769)
  (p objx6770)
  (p objx6771)
  (p objx6772)
  (p objx6773)
  (p objx6774)
  (p objx6775)
  (p objx6776)
  (p objx6777)
  (p objx6778)
  (p objx6779)
  (p objx6780)
  (p objx6781)
  (p objx6782)
  (p objx6783)
  (p objx6784)
  (p objx6785)
  (p objx6786)
  (p objx6787)
  (p objx6788)
  (p objx6789)
  (p objx6790)
  (p objx6791)
  (p objx6792)
  (p objx6793)
  (p objx6794)
  (p objx6795)
  (p objx6796)
  (p objx6797)
  (p objx6798)
  (p objx6799)
  (p objx6800)
  (p objx6801)
  (p objx6802)
  (p objx6803)
  (p objx6804)
  (p objx6805)
  (p objx6806)
  (p objx6807)
  (p objx6808)
  (p objx6809)
  (p objx6810)
  (p objx6811)
  (p objx6812)
  (p objx6813)
  (p objx6814)
  (p objx6815)
  (p objx6816)
  (p objx6817)
  (p objx6818)
  (p objx6819)
  (p objx6820)
  (p objx6821)
  (p objx6822)
  (p objx6823)
  (p objx6824)
  (p objx6825)
  (p objx6826)
  (p objx6827)
  (p objx6828)
  (p objx6829)
  (p objx6830)
  (p objx6831)
  (p objx6832)
  (p objx6833)
  (p objx6834)
  (p objx6835)
  (p objx6836)
  (p objx6837)
  (p objx6838)
  (p objx6839)
  (p objx6840)
  (p objx6841)
  (p objx6842)
  (p objx6843)
  (p objx6844)
  (p objx6845)
  (p objx6846)
  (p objx6847)
  (p objx6848)
  (p objx6849)
  (p objx6850)
  (p objx6851)
  (p objx6852)
  (p objx6853)
  (p objx6854)
  (p objx6855)
  (p objx6856)
  (p objx6857)
  (p objx6858)
  (p objx6859)
  (p objx6860)
  (p objx6861)
  (p objx6862)
  (p objx6863)
  (p objx6864)
  (p objx6865)
  (p objx6866)
  (p objx6867)
  (p objx6868)
  (p objx6869)
  (p objx6870)
  (p objx6871)
  (p objx6872)
  (p objx6873)
  (p objx6874)
  (p objx6875)
  (p objx6876)
  (p objx6877)
  (p objx6878)
  (p objx6879)
  (p objx6880)
  (p objx6881)
  (p objx6882)
  (p objx6883)
  (p objx6884)
  (p objx6885)
  (p objx6886)
  (p objx6887)
  (p objx6888)
  (p objx6889)
  (p objx6890)
  (p objx6891)
  (p objx6892)
  (p objx6893)
  (p objx6894)
  (p objx6895)
  (p objx6896)
  (p objx6897)
  (p objx6898)
  (p objx6899)
  (p objx6900)
  (p objx6901)
  (p objx6902)
  (p objx6903)
  (p objx6904)
  (p objx6905)
  (p objx6906)
  (p objx6907)
  (p objx6908)
  (p objx6909)
  (p objx6910)
  (p objx6911)
  (p objx6912)
  (p objx6913)
  (p objx6914)
  (p objx6915)
  (p objx6916)
  (p objx6917)
  (p objx6918)
  (p objx6919)
  (p objx6920)
  (p objx6921)
  (p objx6922)
  (p objx6923)
  (p objx6924)
  (p objx6925)
  (p objx6926)
  (p objx6927)
  (p objx6928)
  (p objx6929)
  (p objx6930)
  (p objx6931)
  (p objx6932)
  (p objx6933)
  (p objx6934)
  (p objx6935)
  (p objx6936)
  (p objx6937)
  (p objx6938)
  (p objx6939)
  (p objx6940)
  (p objx6941)
  (p objx6942)
  (p objx6943)
  (p objx6944)
  (p objx6945)
  (p objx6946)
  (p objx6947)
  (p objx6948)
  (p objx6949)
  (p objx6950)
  (p objx6951)
  (p objx6952)
  (p objx6953)
  (p objx6954)
  (p objx6955)
  (p objx6956)
  (p objx6957)
  (p objx6958)
  (p objx6959)
  (p objx6960)
  (p objx6961)
  (p objx6962)
  (p objx6963)
  (p objx6964)
  (p objx6965)
  (p objx6966)
  (p objx6967)
  (p objx6968)
  (p objx6969)
  (p objx6970)
  (p objx6971)
  (p objx6972)
  (p objx6973)
  (p objx6974)
  (p objx6975)
  (p objx6976)
  (p objx6977)
  (p objx6978)
  (p objx6979)
  (p objx6980)
  (p objx6981)
  (p objx6982)
  (p objx6983)
  (p objx6984)
  (p objx6985)
  (p objx6986)
  (p objx6987)
  (p objx6988)
  (p objx6989)
  (p objx6990)
  (p objx6991)
  (p objx6992)
  (p objx6993)
  (p objx6994)
  (p objx6995)
  (p objx6996)
  (p objx6997)
  (p objx6998)
  (p objx6999)
  (p objx7000)
  (p objx7001)
  (p objx7002)
  (p objx7003)
  (p objx7004)
  (p objx7005)
  (p objx7006)
  (p objx7007)
  (p objx7008)
  (p objx7009)
  (p objx7010)
  (p objx7011)
  (p objx7012)
  (p objx7013)
  (p objx7014)
  (p objx7015)
  (p objx7016)
  (p objx7017)
  (p objx7018)
  (p objx7019)
  (p objx7020)
  (p objx7021)
  (p objx7022)
  (p objx7023)
  (p objx7024)
  (p objx7025)
  (p objx7026)
  (p objx7027)
  (p objx7028)
  (p objx7029)
  (p objx7030)
  (p objx7031)
  (p objx7032)
  (p objx7033)
  (p objx7034)
  (p objx7035)
  (p objx7036)
  (p objx7037)
  (p objx7038)
  (p objx7039)
  (p objx7040)
  (p objx7041)
  (p objx7042)
  (p objx7043)
  (p objx7044)
  (p objx7045)
  (p objx7046)
  (p objx7047)
  (p objx7048)
  (p objx7049)
  (p objx7050)
  (p objx7051)
  (p objx7052)
  (p objx7053)
  (p objx7054)
  (p objx7055)
  (p objx7056)
  (p objx7057)
  (p objx7058)
  (p objx7059)
  (p objx7060)
  (p objx7061)
  (p objx7062)
  (p objx7063)
  (p objx7064)
  (p objx7065)
  (p objx7066)
  (p objx7067)
  (p objx7068)
  (p objx7069)
  (p objx7070)
  (p objx7071)
  (p objx7072)
  (p objx7073)
  (p objx7074)
  (p objx7075)
  (p objx7076)
  (p objx7077)
  (p objx7078)
  (p objx7079)
  (p objx7080)
  (p objx7081)
  (p objx7082)
  (p objx7083)
  (p objx7084)
  (p objx7085)
  (p objx7086)
  (p objx7087)
  (p objx7088)
  (p objx7089)
  (p objx7090)
  (p objx7091)
  (p objx7092)
  (p objx7093)
  (p objx7094)
  (p objx7095)
  (p objx7096)
  (p objx7097)
  (p objx7098)
  (p objx7099)
  (p objx7100)
  (p objx7101)
  (p objx7102)
  (p objx7103)
  (p objx7104)
  (p objx7105)
  (p objx7106)
  (p objx7107)
  (p objx7108)
  (p objx7109)
  (p objx7110)
  (p objx7111)
  (p objx7112)
  (p objx7113)
  (p objx7114)
  (p objx7115)
  (p objx7116)
  (p objx7117)
  (p objx7118)
  (p objx7119)
  (p objx7120)
  (p objx7121)
  (p objx7122)
  (p objx7123)
  (p objx7124)
  (p objx7125)
  (p objx7126)
  (p objx7127)
  (p objx7128)
  (p objx7129)
  (p objx7130)
  (p objx7131)
  (p objx7132)
  (p objx7133)
  (p objx7134)
  (p objx7135)
  (p objx7136)
  (p objx7137)
  (p objx7138)
  (p objx7139)
  (p objx7140)
  (p objx7141)
  (p objx7142)
  (p objx7143)
  (p objx7144)
  (p objx7145)
  (p objx7146)
  (p objx7147)
  (p objx7148)
  (p objx7149)
  (p objx7150)
  (p objx7151)
  (p objx7152)
  (p objx7153)
  (p objx7154)
  (p objx7155)
  (p objx7156)
  (p objx7157)
  (p objx7158)
  (p objx7159)
  (p objx7160)
  (p objx7161)
  (p objx7162)
  (p objx7163)
  (p objx7164)
  (p objx7165)
  (p objx7166)
  (p objx7167)
  (p objx7168)
  (p objx7169)
  (p objx7170)
  (p objx7171)
  (p objx7172)
  (p objx7173)
  (p objx7174)
  (p objx7175)
  (p objx7176)
  (p objx7177)
  (p objx7178)
  (p objx7179)
  (p objx7180)
  (p objx7181)
  (p objx7182)
  (p objx7183)
  (p objx7184)
  (p objx7185)
  (p objx7186)
  (p objx7187)
  (p objx7188)
  (p objx7189)
  (p objx7190)
  (p objx7191)
  (p objx7192)
  (p objx7193)
  (p objx7194)
  (p objx7195)
  (p objx7196)
  (p objx7197)
  (p objx7198)
  (p objx7199)
  (p objx7200)
  (p objx7201)
  (p objx7202)
  (p objx7203)
  (p objx7204)
  (p objx7205)
  (p objx7206)
  (p objx7207)
  (p objx7208)
  (p objx7209)
  (p objx7210)
  (p objx7211)
  (p objx7212)
  (p objx7213)
  (p objx7214)
  (p objx7215)
  (p objx7216)
  (p objx7217)
  (p objx7218)
  (p objx7219)
  (p objx7220)
  (p objx7221)
  (p objx7222)
  (p objx7223)
  (p objx7224)
  (p objx7225)
  (p objx7226)
  (p objx7227)
  (p objx7228)
  (p objx7229)
  (p objx7230)
  (p objx7231)
  (p objx7232)
  (p objx7233)
  (p objx7234)
  (p objx7235)
  (p objx7236)
  (p objx7237)
  (p objx7238)
  (p objx7239)
  (p objx7240)
  (p objx7241)
  (p objx7242)
  (p objx7243)
  (p objx7244)
  (p objx7245)
  (p objx7246)
  (p objx7247)
  (p objx7248)
  (p objx7249)
  (p objx7250)
  (p objx7251)
  (p objx7252)
  (p objx7253)
  (p objx7254)
  (p objx7255)
  (p objx7256)
  (p objx7257)
  (p objx7258)
  (p objx7259)
  (p objx7260)
  (p objx7261)
  (p objx7262)
  (p objx7263)
  (p objx7264)
  (p objx7265)
  (p objx7266)
  (p objx7267)
  (p objx7268)
  (p objx7269)
  (p objx7270)
  (p objx7271)
  (p objx7272)
  (p objx7273)
  (p objx7274)
  (p objx7275)
  (p objx7276)
  (p objx7277)
  (p objx7278)
  (p objx7279)
  (p objx7280)
  (p objx7281)
  (p objx7282)
  (p objx7283)
  (p objx7284)
  (p objx7285)
  (p objx7286)
  (p objx7287)
  (p objx7288)
  (p objx7289)
  (p objx7290)
  (p objx7291)
  (p objx7292)
  (p objx7293)
  (p objx7294)
  (p objx7295)
  (p objx7296)
  (p objx7297)
  (p objx7298)
  (p objx7299)
  (p objx7300)
  (p objx7301)
  (p objx7302)
  (p objx7303)
  (p objx7304)
  (p objx7305)
  (p objx7306)
  (p objx7307)
  (p objx7308)
  (p objx7309)
  (p objx7310)
  (p objx7311)
  (p objx7312)
  (p objx7313)
  (p objx7314)
  (p objx7315)
  (p objx7316)
  (p objx7317)
  (p objx7318)
  (p objx7319)
  (p objx7320)
  (p objx7321)
  (p objx7322)
  (p objx7323)
  (p objx7324)
  (p objx7325)
  (p objx7326)
  (p objx7327)
  (p objx7328)
  (p objx7329)
  (p objx7330)
  (p objx7331)
  (p objx7332)
  (p objx7333)
  (p objx7334)
  (p objx7335)
  (p objx7336)
  (p objx7337)
  (p objx7338)
  (p objx7339)
  (p objx7340)
  (p objx7341)
  (p objx7342)
  (p objx7343)
  (p objx7344)
  (p objx7345)
  (p objx7346)
  (p objx7347)
  (p objx7348)
  (p objx7349)
  (p objx7350)
  (p objx7351)
  (p objx7352)
  (p objx7353)
  (p objx7354)
  (p objx7355)
  (p objx7356)
  (p objx7357)
  (p objx7358)
  (p objx7359)
  (p objx7360)
  (p objx7361)
  (p objx7362)
  (p objx7363)
  (p objx7364)
  (p objx7365)
  (p objx7366)
  (p objx7367)
  (p objx7368)
  (p objx7369)
  (p objx7370)
  (p objx7371)
  (p objx7372)
  (p objx7373)
  (p objx7374)
  (p objx7375)
  (p objx7376)
  (p objx7377)
  (p objx7378)
  (p objx7379)
  (p objx7380)
  (p objx7381)
  (p objx7382)
  (p objx7383)
  (p objx7384)
  (p objx7385)
  (p objx7386)
  (p objx7387)
  (p objx7388)
  (p objx7389)
  (p objx7390)
  (p objx7391)
  (p objx7392)
  (p objx7393)
  (p objx7394)
  (p objx7395)
  (p objx7396)
  (p objx7397)
  (p objx7398)
  (p objx7399)
  (p objx7400)
  (p objx7401)
  (p objx7402)
  (p objx7403)
  (p objx7404)
  (p objx7405)
  (p objx7406)
  (p objx7407)
  (p objx7408)
  (p objx7409)
  (p objx7410)
  (p objx7411)
  (p objx7412)
  (p objx7413)
  (p objx7414)
  (p objx7415)
  (p objx7416)
  (p objx7417)
  (p objx7418)
  (p objx7419)
  (p objx7420)
  (p objx7421)
  (p objx7422)
  (p objx7423)
  (p objx7424)
  (p objx7425)
  (p objx7426)
  (p objx7427)
  (p objx7428)
  (p objx7429)
  (p objx7430)
  (p objx7431)
  (p objx7432)
  (p objx7433)
  (p objx7434)
  (p objx7435)
  (p objx7436)
  (p objx7437)
  (p objx7438)
  (p objx7439)
  (p objx7440)
  (p objx7441)
  (p objx7442)
  (p objx7443)
  (p objx7444)
  (p objx7445)
  (p objx7446)
  (p objx7447)
  (p objx7448)
  (p objx7449)
  (p objx7450)
  (p objx7451)
  (p objx7452)
  (p objx7453)
  (p objx7454)
  (p objx7455)
  (p objx7456)
  (p objx7457)
  (p objx7458)
  (p objx7459)
  (p objx7460)
  (p objx7461)
  (p objx7462)
  (p objx7463)
  (p objx7464)
  (p objx7465)
  (p objx7466)
  (p objx7467)
  (p objx7468)
  (p objx7469)
  (p objx7470)
  (p objx7471)
  (p objx7472)
  (p objx7473)
  (p objx7474)
  (p objx7475)
  (p objx7476)
  (p objx7477)
  (p objx7478)
  (p objx7479)
  (p objx7480)
  (p objx7481)
  (p objx7482)
  (p objx7483)
  (p objx7484)
  (p objx7485)
  (p objx7486)
  (p objx7487)
  (p objx7488)
  (p objx7489)
  (p objx7490)
  (p objx7491)
  (p objx7492)
  (p objx7493)
  (p objx7494)
  (p objx7495)
  (p objx7496)
  (p objx7497)
  (p objx7498)
  (p objx7499)
  (p objx7500)
  (p objx7501)
  (p objx7502)
  (p objx7503)
  (p objx7504)
  (p objx7505)
  (p objx7506)
  (p objx7507)
  (p objx7508)
  (p objx7509)
  (p objx7510)
  (p objx7511)
  (p objx7512)
  (p objx7513)
  (p objx7514)
  (p objx7515)
  (p objx7516)
  (p objx7517)
  (p objx7518)
  (p objx7519)
  (p objx7520)
  (p objx7521)
  (p objx7522)
  (p objx7523)
  (p objx7524)
  (p objx7525)
  (p objx7526)
  (p objx7527)
  (p objx7528)
  (p objx7529)
  (p objx7530)
  (p objx7531)
  (p objx7532)
  (p objx7533)
  (p objx7534)
  (p objx7535)
  (p objx7536)
  (p objx7537)
  (p objx7538)
  (p objx7539)
  (p objx7540)
  (p objx7541)
  (p objx7542)
  (p objx7543)
  (p objx7544)
  (p objx7545)
  (p objx7546)
  (p objx7547)
  (p objx7548)
  (p objx7549)
  (p objx7550)
  (p objx7551)
  (p objx7552)
  (p objx7553)
  (p objx7554)
  (p objx7555)
  (p objx7556)
  (p objx7557)
  (p objx7558)
  (p objx7559)
  (p objx7560)
  (p objx7561)
  (p objx7562)
  (p objx7563)
  (p objx7564)
  (p objx7565)
  (p objx7566)
  (p objx7567)
  (p objx7568)
  (p objx7569)
  (p objx7570)
  (p objx7571)
  (p objx7572)
  (p objx7573)
  (p objx7574)
  (p objx7575)
  (p objx7576)
  (p objx7577)
  (p objx7578)
  (p objx7579)
  (p objx7580)
  (p objx7581)
  (p objx7582)
  (p objx7583)
  (p objx7584)
  (p objx7585)
  (p objx7586)
  (p objx7587)
  (p objx7588)
  (p objx7589)
  (p objx7590)
  (p objx7591)
  (p objx7592)
  (p objx7593)
  (p objx7594)
  (p objx7595)
  (p objx7596)
  (p objx7597)
  (p objx7598)
  (p objx7599)
  (p objx7600)
  (p objx7601)
  (p objx7602)
  (p objx7603)
  (p objx7604)
  (p objx7605)
  (p objx7606)
  (p objx7607)
  (p objx7608)
  (p objx7609)
  (p objx7610)
  (p objx7611)
  (p objx7612)
  (p objx7613)
  (p objx7614)
  (p objx7615)
  (p objx7616)
  (p objx7617)
  (p objx7618)
  (p objx7619)
  (p objx7620)
  (p objx7621)
  (p objx7622)
  (p objx7623)
  (p objx7624)
  (p objx7625)
  (p objx7626)
  (p objx7627)
  (p objx7628)
  (p objx7629)
  (p objx7630)
  (p objx7631)
  (p objx7632)
  (p objx7633)
  (p objx7634)
  (p objx7635)
  (p objx7636)
  (p objx7637)
  (p objx7638)
  (p objx7639)
  (p objx7640)
  (p objx7641)
  (p objx7642)
  (p objx7643)
  (p objx7644)
  (p objx7645)
  (p objx7646)
  (p objx7647)
  (p objx7648)
  (p objx7649)
  (p objx7650)
  (p objx7651)
  (p objx7652)
  (p objx7653)
  (p objx7654)
  (p objx7655)
  (p objx7656)
  (p objx7657)
  (p objx7658)
  (p objx7659)
  (p objx7660)
  (p objx7661)
  (p objx7662)
  (p objx7663)
  (p objx7664)
  (p objx7665)
  (p objx7666)
  (p objx7667)
  (p objx7668)
  (p objx7669)
  (p objx7670)
  (p objx7671)
  (p objx7672)
  (p objx7673)
  (p objx7674)
  (p objx7675)
  (p objx7676)
  (p objx7677)
  (p objx7678)
  (p objx7679)
  (p objx7680)
  (p objx7681)
  (p objx7682)
  (p objx7683)
  (p objx7684)
  (p objx7685)
  (p objx7686)
  (p objx7687)
  (p objx7688)
  (p objx7689)
  (p objx7690)
  (p objx7691)
  (p objx7692)
  (p objx7693)
  (p objx7694)
  (p objx7695)
  (p objx7696)
  (p objx7697)
  (p objx7698)
  (p objx7699)
  (p objx7700)
  (p objx7701)
  (p objx7702)
  (p objx7703)
  (p objx7704)
  (p objx7705)
  (p objx7706)
  (p objx7707)
  (p objx7708)
  (p objx7709)
  (p objx7710)
  (p objx7711)
  (p objx7712)
  (p objx7713)
  (p objx7714)
  (p objx7715)
  (p objx7716)
  (p objx7717)
  (p objx7718)
  (p objx7719)
  (p objx7720)
  (p objx7721)
  (p objx7722)
  (p objx7723)
  (p objx7724)
  (p objx7725)
  (p objx7726)
  (p objx7727)
  (p objx7728)
  (p objx7729)
  (p objx7730)
  (p objx7731)
  (p objx7732)
  (p objx7733)
  (p objx7734)
  (p objx7735)
  (p objx7736)
  (p objx7737)
  (p objx7738)
  (p objx7739)
  (p objx7740)
  (p objx7741)
  (p objx7742)
  (p objx7743)
  (p objx7744)
  (p objx7745)
  (p objx7746)
  (p objx7747)
  (p objx7748)
  (p objx7749)
  (p objx7750)
  (p objx7751)
  (p objx7752)
  (p objx7753)
  (p objx7754)
  (p objx7755)
  (p objx7756)
  (p objx7757)
  (p objx7758)
  (p objx7759)
  (p objx7760)
  (p objx7761)
  (p objx7762)
  (p objx7763)
  (p objx7764)
  (p objx7765)
  (p objx7766)
  (p objx7767)
  (p objx7768)
  (p objx7769)
  (p objx7770)
  (p objx7771)
  (p objx7772)
  (p objx7773)
  (p objx7774)
  (p objx7775)
  (p objx7776)
  (p objx7777)
  (p objx7778)
  (p objx7779)
  (p objx7780)
  (p objx7781)
  (p objx7782)
  (p objx7783)
  (p objx7784)
  (p objx7785)
  (p objx7786)
  (p objx7787)
  (p objx7788)
  (p objx7789)
  (p objx7790)
  (p objx7791)
  (p objx7792)
  (p objx7793)
  (p objx7794)
  (p objx7795)
  (p objx7796)
  (p objx7797)
  (p objx7798)
  (p objx7799)
  (p objx7800)
  (p objx7801)
  (p objx7802)
  (p objx7803)
  (p objx7804)
  (p objx7805)
  (p objx7806)
  (p objx7807)
  (p objx7808)
  (p objx7809)
  (p objx7810)
  (p objx7811)
  (p objx7812)
  (p objx7813)
  (p objx7814)
  (p objx7815)
  (p objx7816)
  (p objx7817)
  (p objx7818)
  (p objx7819)
  (p objx7820)
  (p objx7821)
  (p objx7822)
  (p objx7823)
  (p objx7824)
  (p objx7825)
  (p objx7826)
  (p objx7827)
  (p objx7828)
  (p objx7829)
  (p objx7830)
  (p objx7831)
  (p objx7832)
  (p objx7833)
  (p objx7834)
  (p objx7835)
  (p objx7836)
  (p objx7837)
  (p objx7838)
  (p objx7839)
  (p objx7840)
  (p objx7841)
  (p objx7842)
  (p objx7843)
  (p objx7844)
  (p objx7845)
  (p objx7846)
  (p objx7847)
  (p objx7848)
  (p objx7849)
  (p objx7850)
  (p objx7851)
  (p objx7852)
  (p objx7853)
  (p objx7854)
  (p objx7855)
  (p objx7856)
  (p objx7857)
  (p objx7858)
  (p objx7859)
  (p objx7860)
  (p objx7861)
  (p objx7862)
  (p objx7863)
  (p objx7864)
  (p objx7865)
  (p objx7866)
  (p objx7867)
  (p objx7868)
  (p objx7869)
  (p objx7870)
  (p objx7871)
  (p objx7872)
  (p objx7873)
  (p objx7874)
  (p objx7875)
  (p objx7876)
  (p objx7877)
  (p objx7878)
  (p objx7879)
  (p objx7880)
  (p objx7881)
  (p objx7882)
  (p objx7883)
  (p objx7884)
  (p objx7885)
  (p objx7886)
  (p objx7887)
  (p objx7888)
  (p objx7889)
  (p objx7890)
  (p objx7891)
  (p objx7892)
  (p objx7893)
  (p objx7894)
  (p objx7895)
  (p objx7896)
  (p objx7897)
  (p objx7898)
  (p objx7899)
  (p objx7900)
  (p objx7901)
  (p objx7902)
  (p objx7903)
  (p objx7904)
  (p objx7905)
  (p objx7906)
  (p objx7907)
  (p objx7908)
  (p objx7909)
  (p objx7910)
  (p objx7911)
  (p objx7912)
  (p objx7913)
  (p objx7914)
  (p objx7915)
  (p objx7916)
  (p objx7917)
  (p objx7918)
  (p objx7919)
  (p objx7920)
  (p objx7921)
  (p objx7922)
  (p objx7923)
  (p objx7924)
  (p objx7925)
  (p objx7926)
  (p objx7927)
  (p objx7928)
  (p objx7929)
  (p objx7930)
  (p objx7931)
  (p objx7932)
  (p objx7933)
  (p objx7934)
  (p objx7935)
  (p objx7936)
  (p objx7937)
  (p objx7938)
  (p objx7939)
  (p objx7940)
  (p objx7941)
  (p objx7942)
  (p objx7943)
  (p objx7944)
  (p objx7945)
  (p objx7946)
  (p objx7947)
  (p objx7948)
  (p objx7949)
  (p objx7950)
  (p objx7951)
  (p objx7952)
  (p objx7953)
  (p objx7954)
  (p objx7955)
  (p objx7956)
  (p objx7957)
  (p objx7958)
  (p objx7959)
  (p objx7960)
  (p objx7961)
  (p objx7962)
  (p objx7963)
  (p objx7964)
  (p objx7965)
  (p objx7966)
  (p objx7967)
  (p objx7968)
  (p objx7969)
  (p objx7970)
  (p objx7971)
  (p objx7972)
  (p objx7973)
  (p objx7974)
  (p objx7975)
  (p objx7976)
  (p objx7977)
  (p objx7978)
  (p objx7979)
  (p objx7980)
  (p objx7981)
  (p objx7982)
  (p objx7983)
  (p objx7984)
  (p objx7985)
  (p objx7986)
  (p objx7987)
  (p objx7988)
  (p objx7989)
  (p objx7990)
  (p objx7991)
  (p objx7992)
  (p objx7993)
  (p objx7994)
  (p objx7995)
  (p objx7996)
  (p objx7997)
  (p objx7998)
  (p objx7999)
  (p objx8000)
  (p objx8001)
  (p objx8002)
  (p objx8003)
  (p objx8004)
  (p objx8005)
  (p objx8006)
  (p objx8007)
  (p objx8008)
  (p objx8009)
  (p objx8010)
  (p objx8011)
  (p objx8012)
  (p objx8013)
  (p objx8014)
  (p objx8015)
  (p objx8016)
  (p objx8017)
  (p objx8018)
  (p objx8019)
  (p objx8020)
  (p objx8021)
  (p objx8022)
  (p objx8023)
  (p objx8024)
  (p objx8025)
  (p objx8026)
  (p objx8027)
  (p objx8028)
  (p objx8029)
  (p objx8030)
  (p objx8031)
  (p objx8032)
  (p objx8033)
  (p objx8034)
  (p objx8035)
  (p objx8036)
  (p objx8037)
  (p objx8038)
  (p objx8039)
  (p objx8040)
  (p objx8041)
  (p objx8042)
  (p objx8043)
  (p objx8044)
  (p objx8045)
  (p objx8046)
  (p objx8047)
  (p objx8048)
  (p objx8049)
  (p objx8050)
  (p objx8051)
  (p objx8052)
  (p objx8053)
  (p objx8054)
  (p objx8055)
  (p objx8056)
  (p objx8057)
  (p objx8058)
  (p objx8059)
  (p objx8060)
  (p objx8061)
  (p objx8062)
  (p objx8063)
  (p objx8064)
  (p objx8065)
  (p objx8066)
  (p objx8067)
  (p objx8068)
  (p objx8069)
  (p objx8070)
  (p objx8071)
  (p objx8072)
  (p objx8073)
  (p objx8074)
  (p objx8075)
  (p objx8076)
  (p objx8077)
  (p objx8078)
  (p objx8079)
  (p objx8080)
  (p objx8081)
  (p objx8082)
  (p objx8083)
  (p objx8084)
  (p objx8085)
  (p objx8086)
  (p objx8087)
  (p objx8088)
  (p objx8089)
  (p objx8090)
  (p objx8091)
  (p objx8092)
  (p objx8093)
  (p objx8094)
  (p objx8095)
  (p objx8096)
  (p objx8097)
  (p objx8098)
  (p objx8099)
  (p objx8100)
  (p objx8101)
  (p objx8102)
  (p objx8103)
  (p objx8104)
  (p objx8105)
  (p objx8106)
  (p objx8107)
  (p objx8108)
  (p objx8109)
  (p objx8110)
  (p objx8111)
  (p objx8112)
  (p objx8113)
  (p objx8114)
  (p objx8115)
  (p objx8116)
  (p objx8117)
  (p objx8118)
  (p objx8119)
  (p objx8120)
  (p objx8121)
  (p objx8122)
  (p objx8123)
  (p objx8124)
  (p objx8125)
  (p objx8126)
  (p objx8127)
  (p objx8128)
  (p objx8129)
  (p objx8130)
  (p objx8131)
  (p objx8132)
  (p objx8133)
  (p objx8134)
  (p objx8135)
  (p objx8136)
  (p objx8137)
  (p objx8138)
  (p objx8139)
  (p objx8140)
  (p objx8141)
  (p objx8142)
  (p objx8143)
  (p objx8144)
  (p objx8145)
  (p objx8146)
  (p objx8147)
  (p objx8148)
  (p objx8149)
  (p objx8150)
  (p objx8151)
  (p objx8152)
  (p objx8153)
  (p objx8154)
  (p objx8155)
  (p objx8156)
  (p objx8157)
  (p objx8158)
  (p objx8159)
  (p objx8160)
  (p objx8161)
  (p objx8162)
  (p objx8163)
  (p objx8164)
  (p objx8165)
  (p objx8166)
  (p objx8167)
  (p objx8168)
  (p objx8169)
  (p objx8170)
  (p objx8171)
  (p objx8172)
  (p objx8173)
  (p objx8174)
  (p objx8175)
  (p objx8176)
  (p objx8177)
  (p objx8178)
  (p objx8179)
  (p objx8180)
  (p objx8181)
  (p objx8182)
  (p objx8183)
  (p objx8184)
  (p objx8185)
  (p objx8186)
  (p objx8187)
  (p objx8188)
  (p objx8189)
  (p objx8190)
  (p objx8191)
  (p objx8192)
  (p objx8193)
  (p objx8194)
  (p objx8195)
  (p objx8196)
  (p objx8197)
  (p objx8198)
  (p objx8199)
  (p objx8200)
  (p objx8201)
  (p objx8202)
  (p objx8203)
  (p objx8204)
  (p objx8205)
  (p objx8206)
  (p objx8207)
  (p objx8208)
  (p objx8209)
  (p objx8210)
  (p objx8211)
  (p objx8212)
  (p objx8213)
  (p objx8214)
  (p objx8215)
  (p objx8216)
  (p objx8217)
  (p objx8218)
  (p objx8219)
  (p objx8220)
  (p objx8221)
  (p objx8222)
  (p objx8223)
  (p objx8224)
  (p objx8225)
  (p objx8226)
  (p objx8227)
  (p objx8228)
  (p objx8229)
  (p objx8230)
  (p objx8231)
  (p objx8232)
  (p objx8233)
  (p objx8234)
  (p objx8235)
  (p objx8236)
  (p objx8237)
  (p objx8238)
  (p objx8239)
  (p objx8240)
  (p objx8241)
  (p objx8242)
  (p objx8243)
  (p objx8244)
  (p objx8245)
  (p objx8246)
  (p objx8247)
  (p objx8248)
  (p objx8249)
  (p objx8250)
  (p objx8251)
  (p objx8252)
  (p objx8253)
  (p objx8254)
  (p objx8255)
  (p objx8256)
  (p objx8257)
  (p objx8258)
  (p objx8259)
  (p objx8260)
  (p objx8261)
  (p objx8262)
  (p objx8263)
  (p objx8264)
  (p objx8265)
  (p objx8266)
  (p objx8267)
  (p objx8268)
  (p objx8269)
  (p objx8270)
  (p objx8271)
  (p objx8272)
  (p objx8273)
  (p objx8274)
  (p objx8275)
  (p objx8276)
  (p objx8277)
  (p objx8278)
  (p objx8279)
  (p objx8280)
  (p objx8281)
  (p objx8282)
  (p objx8283)
  (p objx8284)
  (p objx8285)
  (p objx8286)
  (p objx8287)
  (p objx8288)
  (p objx8289)
  (p objx8290)
  (p objx8291)
  (p objx8292)
  (p objx8293)
  (p objx8294)
  (p objx8295)
  (p objx8296)
  (p objx8297)
  (p objx8298)
  (p objx8299)
  (p objx8300)
  (p objx8301)
  (p objx8302)
  (p objx8303)
  (p objx8304)
  (p objx8305)
  (p objx8306)
  (p objx8307)
  (p objx8308)
  (p objx8309)
  (p objx8310)
  (p objx8311)
  (p objx8312)
  (p objx8313)
  (p objx8314)
  (p objx8315)
  (p objx8316)
  (p objx8317)
  (p objx8318)
  (p objx8319)
  (p objx8320)
  (p objx8321)
  (p objx8322)
  (p objx8323)
  (p objx8324)
  (p objx8325)
  (p objx8326)
  (p objx8327)
  (p objx8328)
  (p objx8329)
  (p objx8330)
  (p objx8331)
  (p objx8332)
  (p objx8333)
  (p objx8334)
  (p objx8335)
  (p objx8336)
  (p objx8337)
  (p objx8338)
  (p objx8339)
  (p objx8340)
  (p objx8341)
  (p objx8342)
  (p objx8343)
  (p objx8344)
  (p objx8345)
  (p objx8346)
  (p objx8347)
  (p objx8348)
  (p objx8349)
  (p objx8350)
  (p objx8351)
  (p objx8352)
  (p objx8353)
  (p objx8354)
  (p objx8355)
  (p objx8356)
  (p objx8357)
  (p objx8358)
  (p objx8359)
  (p objx8360)
  (p objx8361)
  (p objx8362)
  (p objx8363)
  (p objx8364)
  (p objx8365)
  (p objx8366)
  (p objx8367)
  (p objx8368)
  (p objx8369)
  (p objx8370)
  (p objx8371)
  (p objx8372)
  (p objx8373)
  (p objx8374)
  (p objx8375)
  (p objx8376)
  (p objx8377)
  (p objx8378)
  (p objx8379)
  (p objx8380)
  (p objx8381)
  (p objx8382)
  (p objx8383)
  (p objx8384)
  (p objx8385)
  (p objx8386)
  (p objx8387)
  (p objx8388)
  (p objx8389)
  (p objx8390)
  (p objx8391)
  (p objx8392)
  (p objx8393)
  (p objx8394)
  (p objx8395)
  (p objx8396)
  (p objx8397)
  (p objx8398)
  (p objx8399)
  (p objx8400)
  (p objx8401)
  (p objx8402)
  (p objx8403)
  (p objx8404)
  (p objx8405)
  (p objx8406)
  (p objx8407)
  (p objx8408)
  (p objx8409)
  (p objx8410)
  (p objx8411)
  (p objx8412)
  (p objx8413)
  (p objx8414)
  (p objx8415)
  (p objx8416)
  (p objx8417)
  (p objx8418)
  (p objx8419)
  (p objx8420)
  (p objx8421)
  (p objx8422)
  (p objx8423)
  (p objx8424)
  (p objx8425)
  (p objx8426)
  (p objx8427)
  (p objx8428)
  (p objx8429)
  (p objx8430)
  (p objx8431)
  (p objx8432)
  (p objx8433)
  (p objx8434)
  (p objx8435)
  (p objx8436)
  (p objx8437)
  (p objx8438)
  (p objx8439)
  (p objx8440)
  (p objx8441)
  (p objx8442)
  (p objx8443)
  (p objx8444)
  (p objx8445)
  (p objx8446)
  (p objx8447)
  (p objx8448)
  (p objx8449)
  (p objx8450)
  (p objx8451)
  (p objx8452)
  (p objx8453)
  (p objx8454)
  (p objx8455)
  (p objx8456)
  (p objx8457)
  (p objx8458)
  (p objx8459)
  (p objx8460)
  (p objx8461)
  (p objx8462)
  (p objx8463)
  (p objx8464)
  (p objx8465)
  (p objx8466)
  (p objx8467)
  (p objx8468)
  (p objx8469)
  (p objx8470)
  (p objx8471)
  (p objx8472)
  (p objx8473)
  (p objx8474)
  (p objx8475)
  (p objx8476)
  (p objx8477)
  (p objx8478)
  (p objx8479)
  (p objx8480)
  (p objx8481)
  (p objx8482)
  (p objx8483)
  (p objx8484)
  (p objx8485)
  (p objx8486)
  (p objx8487)
  (p objx8488)
  (p objx8489)
  (p objx8490)
  (p objx8491)
  (p objx8492)
  (p objx8493)
  (p objx8494)
  (p objx8495)
  (p objx8496)
  (p objx8497)
  (p objx8498)
  (p objx8499)
  (p objx8500)
  (p objx8501)
  (p objx8502)
  (p objx8503)
  (p objx8504)
  (p objx8505)
  (p objx8506)
  (p objx8507)
  (p objx8508)
  (p objx8509)
  (p objx8510)
  (p objx8511)
  (p objx8512)
  (p objx8513)
  (p objx8514)
  (p objx8515)
  (p objx8516)
  (p objx8517)
  (p objx8518)
  (p objx8519)
  (p objx8520)
  (p objx8521)
  (p objx8522)
  (p objx8523)
  (p objx8524)
  (p objx8525)
  (p objx8526)
  (p objx8527)
  (p objx8528)
  (p objx8529)
  (p objx8530)
  (p objx8531)
  (p objx8532)
  (p objx8533)
  (p objx8534)
  (p objx8535)
  (p objx8536)
  (p objx8537)
  (p objx8538)
  (p objx8539)
  (p objx8540)
  (p objx8541)
  (p objx8542)
  (p objx8543)
  (p objx8544)
  (p objx8545)
  (p objx8546)
  (p objx8547)
  (p objx8548)
  (p objx8549)
  (p objx8550)
  (p objx8551)
  (p objx8552)
  (p objx8553)
  (p objx8554)
  (p objx8555)
  (p objx8556)
  (p objx8557)
  (p objx8558)
  (p objx8559)
  (p objx8560)
  (p objx8561)
  (p objx8562)
  (p objx8563)
  (p objx8564)
  (p objx8565)
  (p objx8566)
  (p objx8567)
  (p objx8568)
  (p objx8569)
  (p objx8570)
  (p objx8571)
  (p objx8572)
  (p objx8573)
  (p objx8574)
  (p objx8575)
  (p objx8576)
  (p objx8577)
  (p objx8578)
  (p objx8579)
  (p objx8580)
  (p objx8581)
  (p objx8582)
  (p objx8583)
  (p objx8584)
  (p objx8585)
  (p objx8586)
  (p objx8587)
  (p objx8588)
  (p objx8589)
  (p objx8590)
  (p objx8591)
  (p objx8592)
  (p objx8593)
  (p objx8594)
  (p objx8595)
  (p objx8596)
  (p objx8597)
  (p objx8598)
  (p objx8599)
  (p objx8600)
  (p objx8601)
  (p objx8602)
  (p objx8603)
  (p objx8604)
  (p objx8605)
  (p objx8606)
  (p objx8607)
  (p objx8608)
  (p objx8609)
  (p objx8610)
  (p objx8611)
  (p objx8612)
  (p objx8613)
  (p objx8614)
  (p objx8615)
  (p objx8616)
  (p objx8617)
  (p objx8618)
  (p objx8619)
  (p objx8620)
  (p objx8621)
  (p objx8622)
  (p objx8623)
  (p objx8624)
  (p objx8625)
  (p objx8626)
  (p objx8627)
  (p objx8628)
  (p objx8629)
  (p objx8630)
  (p objx8631)
  (p objx8632)
  (p objx8633)
  (p objx8634)
  (p objx8635)
  (p objx8636)
  (p objx8637)
  (p objx8638)
  (p objx8639)
  (p objx8640)
  (p objx8641)
  (p objx8642)
  (p objx8643)
  (p objx8644)
  (p objx8645)
  (p objx8646)
  (p objx8647)
  (p objx8648)
  (p objx8649)
  (p objx8650)
  (p objx8651)
  (p objx8652)
  (p objx8653)
  (p objx8654)
  (p objx8655)
  (p objx8656)
  (p objx8657)
  (p objx8658)
  (p objx8659)
  (p objx8660)
  (p objx8661)
  (p objx8662)
  (p objx8663)
  (p objx8664)
  (p objx8665)
  (p objx8666)
  (p objx8667)
  (p objx8668)
  (p objx8669)
  (p objx8670)
  (p objx8671)
  (p objx8672)
  (p objx8673)
  (p objx8674)
  (p objx8675)
  (p objx8676)
  (p objx8677)
  (p objx8678)
  (p objx8679)
  (p objx8680)
  (p objx8681)
  (p objx8682)
  (p objx8683)
  (p objx8684)
  (p objx8685)
  (p objx8686)
  (p objx8687)
  (p objx8688)
  (p objx8689)
  (p objx8690)
  (p objx8691)
  (p objx8692)
  (p objx8693)
  (p objx8694)
  (p objx8695)
  (p objx8696)
  (p objx8697)
  (p objx8698)
  (p objx8699)
  (p objx8700)
  (p objx8701)
  (p objx8702)
  (p objx8703)
  (p objx8704)
  (p objx8705)
  (p objx8706)
  (p objx8707)
  (p objx8708)
  (p objx8709)
  (p objx8710)
  (p objx8711)
  (p objx8712)
  (p objx8713)
  (p objx8714)
  (p objx8715)
  (p objx8716)
  (p objx8717)
  (p objx8718)
  (p objx8719)
  (p objx8720)
  (p objx8721)
  (p objx8722)
  (p objx8723)
  (p objx8724)
  (p objx8725)
  (p objx8726)
  (p objx8727)
  (p objx8728)
  (p objx8729)
  (p objx8730)
  (p objx8731)
  (p objx8732)
  (p objx8733)
  (p objx8734)
  (p objx8735)
  (p objx8736)
  (p objx8737)
  (p objx8738)
  (p objx8739)
  (p objx8740)
  (p objx8741)
  (p objx8742)
  (p objx8743)
  (p objx8744)
  (p objx8745)
  (p objx8746)
  (p objx8747)
  (p objx8748)
  (p objx8749)
  (p objx8750)
  (p objx8751)
  (p objx8752)
  (p objx8753)
  (p objx8754)
  (p objx8755)
  (p objx8756)
  (p objx8757)
  (p objx8758)
  (p objx8759)
  (p objx8760)
  (p objx8761)
  (p objx8762)
  (p objx8763)
  (p objx8764)
  (p objx8765)
  (p objx8766)
  (p objx8767)
  (p objx8768)
  (p objx8769)
  (p objx8770)
  (p objx8771)
  (p objx8772)
  (p objx8773)
  (p objx8774)
  (p objx8775)
  (p objx8776)
  (p objx8777)
  (p objx8778)
  (p objx8779)
  (p objx8780)
  (p objx8781)
  (p objx8782)
  (p objx8783)
  (p objx8784)
  (p objx8785)
  (p objx8786)
  (p objx8787)
  (p objx8788)
  (p objx8789)
  (p objx8790)
  (p objx8791)
  (p objx8792)
  (p objx8793)
  (p objx8794)
  (p objx8795)
  (p objx8796)
  (p objx8797)
  (p objx8798)
  (p objx8799)
  (p objx8800)
  (p objx8801)
  (p objx8802)
  (p objx8803)
  (p objx8804)
  (p objx8805)
  (p objx8806)
  (p objx8807)
  (p objx8808)
  (p objx8809)
  (p objx8810)
  (p objx8811)
  (p objx8812)
  (p objx8813)
  (p objx8814)
  (p objx8815)
  (p objx8816)
  (p objx8817)
  (p objx8818)
  (p objx8819)
  (p objx8820)
  (p objx8821)
  (p objx8822)
  (p objx8823)
  (p objx8824)
  (p objx8825)
  (p objx8826)
  (p objx8827)
  (p objx8828)
  (p objx8829)
  (p objx8830)
  (p objx8831)
  (p objx8832)
  (p objx8833)
  (p objx8834)
  (p objx8835)
  (p objx8836)
  (p objx8837)
  (p objx8838)
  (p objx8839)
  (p objx8840)
  (p objx8841)
  (p objx8842)
  (p objx8843)
  (p objx8844)
  (p objx8845)
  (p objx8846)
  (p objx8847)
  (p objx8848)
  (p objx8849)
  (p objx8850)
  (p objx8851)
  (p objx8852)
  (p objx8853)
  (p objx8854)
  (p objx8855)
  (p objx8856)
  (p objx8857)
  (p objx8858)
  (p objx8859)
  (p objx8860)
  (p objx8861)
  (p objx8862)
  (p objx8863)
  (p objx8864)
  (p objx8865)
  (p objx8866)
  (p objx8867)
  (p objx8868)
  (p objx8869)
  (p objx8870)
  (p objx8871)
  (p objx8872)
  (p objx8873)
  (p objx8874)
  (p objx8875)
  (p objx8876)
  (p objx8877)
  (p objx8878)
  (p objx8879)
  (p objx8880)
  (p objx8881)
  (p objx8882)
  (p objx8883)
  (p objx8884)
  (p objx8885)
  (p objx8886)
  (p objx8887)
  (p objx8888)
  (p objx8889)
  (p objx8890)
  (p objx8891)
  (p objx8892)
  (p objx8893)
  (p objx8894)
  (p objx8895)
  (p objx8896)
  (p objx8897)
  (p objx8898)
  (p objx8899)
  (p objx8900)
  (p objx8901)
  (p objx8902)
  (p objx8903)
  (p objx8904)
  (p objx8905)
  (p objx8906)
  (p objx8907)
  (p objx8908)
  (p objx8909)
  (p objx8910)
  (p objx8911)
  (p objx8912)
  (p objx8913)
  (p objx8914)
  (p objx8915)
  (p objx8916)
  (p objx8917)
  (p objx8918)
  (p objx8919)
  (p objx8920)
  (p objx8921)
  (p objx8922)
  (p objx8923)
  (p objx8924)
  (p objx8925)
  (p objx8926)
  (p objx8927)
  (p objx8928)
  (p objx8929)
  (p objx8930)
  (p objx8931)
  (p objx8932)
  (p objx8933)
  (p objx8934)
  (p objx8935)
  (p objx8936)
  (p objx8937)
  (p objx8938)
  (p objx8939)
  (p objx8940)
  (p objx8941)
  (p objx8942)
  (p objx8943)
  (p objx8944)
  (p objx8945)
  (p objx8946)
  (p objx8947)
  (p objx8948)
  (p objx8949)
  (p objx8950)
  (p objx8951)
  (p objx8952)
  (p objx8953)
  (p objx8954)
  (p objx8955)
  (p objx8956)
  (p objx8957)
  (p objx8958)
  (p objx8959)
  (p objx8960)
  (p objx8961)
  (p objx8962)
  (p objx8963)
  (p objx8964)
  (p objx8965)
  (p objx8966)
  (p objx8967)
  (p objx8968)
  (p objx8969)
  (p objx8970)
  (p objx8971)
  (p objx8972)
  (p objx8973)
  (p objx8974)
  (p objx8975)
  (p objx8976)
  (p objx8977)
  (p objx8978)
  (p objx8979)
  (p objx8980)
  (p objx8981)
  (p objx8982)
  (p objx8983)
  (p objx8984)
  (p objx8985)
  (p objx8986)
  (p objx8987)
  (p objx8988)
  (p objx8989)
  (p objx8990)
  (p objx8991)
  (p objx8992)
  (p objx8993)
  (p objx8994)
  (p objx8995)
  (p objx8996)
  (p objx8997)
  (p objx8998)
  (p objx8999)
  (p objx9000)
  (p objx9001)
  (p objx9002)
  (p objx9003)
  (p objx9004)
  (p objx9005)
  (p objx9006)
  (p objx9007)
  (p objx9008)
  (p objx9009)
  (p objx9010)
  (p objx9011)
  (p objx9012)
  (p objx9013)
  (p objx9014)
  (p objx9015)
  (p objx9016)
  (p objx9017)
  (p objx9018)
  (p objx9019)
  (p objx9020)
  (p objx9021)
  (p objx9022)
  (p objx9023)
  (p objx9024)
  (p objx9025)
  (p objx9026)
  (p objx9027)
  (p objx9028)
  (p objx9029)
  (p objx9030)
  (p objx9031)
  (p objx9032)
  (p objx9033)
  (p objx9034)
  (p objx9035)
  (p objx9036)
  (p objx9037)
  (p objx9038)
  (p objx9039)
  (p objx9040)
  (p objx9041)
  (p objx9042)
  (p objx9043)
  (p objx9044)
  (p objx9045)
  (p objx9046)
  (p objx9047)
  (p objx9048)
  (p objx9049)
  (p objx9050)
  (p objx9051)
  (p objx9052)
  (p objx9053)
  (p objx9054)
  (p objx9055)
  (p objx9056)
  (p objx9057)
  (p objx9058)
  (p objx9059)
  (p objx9060)
  (p objx9061)
  (p objx9062)
  (p objx9063)
  (p objx9064)
  (p objx9065)
  (p objx9066)
  (p objx9067)
  (p objx9068)
  (p objx9069)
  (p objx9070)
  (p objx9071)
  (p objx9072)
  (p objx9073)
  (p objx9074)
  (p objx9075)
  (p objx9076)
  (p objx9077)
  (p objx9078)
  (p objx9079)
  (p objx9080)
  (p objx9081)
  (p objx9082)
  (p objx9083)
  (p objx9084)
  (p objx9085)
  (p objx9086)
  (p objx9087)
  (p objx9088)
  (p objx9089)
  (p objx9090)
  (p objx9091)
  (p objx9092)
  (p objx9093)
  (p objx9094)
  (p objx9095)
  (p objx9096)
  (p objx9097)
  (p objx9098)
  (p objx9099)
  (p objx9100)
  (p objx9101)
  (p objx9102)
  (p objx9103)
  (p objx9104)
  (p objx9105)
  (p objx9106)
  (p objx9107)
  (p objx9108)
  (p objx9109)
  (p objx9110)
  (p objx9111)
  (p objx9112)
  (p objx9113)
  (p objx9114)
  (p objx9115)
  (p objx9116)
  (p objx9117)
  (p objx9118)
  (p objx9119)
  (p objx9120)
  (p objx9121)
  (p objx9122)
  (p objx9123)
  (p objx9124)
  (p objx9125)
  (p objx9126)
  (p objx9127)
  (p objx9128)
  (p objx9129)
  (p objx9130)
  (p objx9131)
  (p objx9132)
  (p objx9133)
  (p objx9134)
  (p objx9135)
  (p objx9136)
  (p objx9137)
  (p objx9138)
  (p objx9139)
  (p objx9140)
  (p objx9141)
  (p objx9142)
  (p objx9143)
  (p objx9144)
  (p objx9145)
  (p objx9146)
  (p objx9147)
  (p objx9148)
  (p objx9149)
  (p objx9150)
  (p objx9151)
  (p objx9152)
  (p objx9153)
  (p objx9154)
  (p objx9155)
  (p objx9156)
  (p objx9157)
  (p objx9158)
  (p objx9159)
  (p objx9160)
  (p objx9161)
  (p objx9162)
  (p objx9163)
  (p objx9164)
  (p objx9165)
  (p objx9166)
  (p objx9167)
  (p objx9168)
  (p objx9169)
  (p objx9170)
  (p objx9171)
  (p objx9172)
  (p objx9173)
  (p objx9174)
  (p objx9175)
  (p objx9176)
  (p objx9177)
  (p objx9178)
  (p objx9179)
  (p objx9180)
  (p objx9181)
  (p objx9182)
  (p objx9183)
  (p objx9184)
  (p objx9185)
  (p objx9186)
  (p objx9187)
  (p objx9188)
  (p objx9189)
  (p objx9190)
  (p objx9191)
  (p objx9192)
  (p objx9193)
  (p objx9194)
  (p objx9195)
  (p objx9196)
  (p objx9197)
  (p objx9198)
  (p objx9199)
  (p objx9200)
  (p objx9201)
  (p objx9202)
  (p objx9203)
  (p objx9204)
  (p objx9205)
  (p objx9206)
  (p objx9207)
  (p objx9208)
  (p objx9209)
  (p objx9210)
  (p objx9211)
  (p objx9212)
  (p objx9213)
  (p objx9214)
  (p objx9215)
  (p objx9216)
  (p objx9217)
  (p objx9218)
  (p objx9219)
  (p objx9220)
  (p objx9221)
  (p objx9222)
  (p objx9223)
  (p objx9224)
  (p objx9225)
  (p objx9226)
  (p objx9227)
  (p objx9228)
  (p objx9229)
  (p objx9230)
  (p objx9231)
  (p objx9232)
  (p objx9233)
  (p objx9234)
  (p objx9235)
  (p objx9236)
  (p objx9237)
  (p objx9238)
  (p objx9239)
  (p objx9240)
  (p objx9241)
  (p objx9242)
  (p objx9243)
  (p objx9244)
  (p objx9245)
  (p objx9246)
  (p objx9247)
  (p objx9248)
  (p objx9249)
  (p objx9250)
  (p objx9251)
  (p objx9252)
  (p objx9253)
  (p objx9254)
  (p objx9255)
  (p objx9256)
  (p objx9257)
  (p objx9258)
  (p objx9259)
  (p objx9260)
  (p objx9261)
  (p objx9262)
  (p objx9263)
  (p objx9264)
  (p objx9265)
  (p objx9266)
  (p objx9267)
  (p objx9268)
  (p objx9269)
  (p objx9270)
  (p objx9271)
  (p objx9272)
  (p objx9273)
  (p objx9274)
  (p objx9275)
  (p objx9276)
  (p objx9277)
  (p objx9278)
  (p objx9279)
  (p objx9280)
  (p objx9281)
  (p objx9282)
  (p objx9283)
  (p objx9284)
  (p objx9285)
  (p objx9286)
  (p objx9287)
  (p objx9288)
  (p objx9289)
  (p objx9290)
  (p objx9291)
  (p objx9292)
  (p objx9293)
  (p objx9294)
  (p objx9295)
  (p objx9296)
  (p objx9297)
  (p objx9298)
  (p objx9299)
  (p objx9300)
  (p objx9301)
  (p objx9302)
  (p objx9303)
  (p objx9304)
  (p objx9305)
  (p objx9306)
  (p objx9307)
  (p objx9308)
  (p objx9309)
  (p objx9310)
  (p objx9311)
  (p objx9312)
  (p objx9313)
  (p objx9314)
  (p objx9315)
  (p objx9316)
  (p objx9317)
  (p objx9318)
  (p objx9319)
  (p objx9320)
  (p objx9321)
  (p objx9322)
  (p objx9323)
  (p objx9324)
  (p objx9325)
  (p objx9326)
  (p objx9327)
  (p objx9328)
  (p objx9329)
  (p objx9330)
  (p objx9331)
  (p objx9332)
  (p objx9333)
  (p objx9334)
  (p objx9335)
  (p objx9336)
  (p objx9337)
  (p objx9338)
  (p objx9339)
  (p objx9340)
  (p objx9341)
  (p objx9342)
  (p objx9343)
  (p objx9344)
  (p objx9345)
  (p objx9346)
  (p objx9347)
  (p objx9348)
  (p objx9349)
  (p objx9350)
  (p objx9351)
  (p objx9352)
  (p objx9353)
  (p objx9354)
  (p objx9355)
  (p objx9356)
  (p objx9357)
  (p objx9358)
  (p objx9359)
  (p objx9360)
  (p objx9361)
  (p objx9362)
  (p objx9363)
  (p objx9364)
  (p objx9365)
  (p objx9366)
  (p objx9367)
  (p objx9368)
  (p objx9369)
  (p objx9370)
  (p objx9371)
  (p objx9372)
  (p objx9373)
  (p objx9374)
  (p objx9375)
  (p objx9376)
  (p objx9377)
  (p objx9378)
  (p objx9379)
  (p objx9380)
  (p objx9381)
  (p objx9382)
  (p objx9383)
  (p objx9384)
  (p objx9385)
  (p objx9386)
  (p objx9387)
  (p objx9388)
  (p objx9389)
  (p objx9390)
  (p objx9391)
  (p objx9392)
  (p objx9393)
  (p objx9394)
  (p objx9395)
  (p objx9396)
  (p objx9397)
  (p objx9398)
  (p objx9399)
  (p objx9400)
  (p objx9401)
  (p objx9402)
  (p objx9403)
  (p objx9404)
  (p objx9405)
  (p objx9406)
  (p objx9407)
  (p objx9408)
  (p objx9409)
  (p objx9410)
  (p objx9411)
  (p objx9412)
  (p objx9413)
  (p objx9414)
  (p objx9415)
  (p objx9416)
  (p objx9417)
  (p objx9418)
  (p objx9419)
  (p objx9420)
  (p objx9421)
  (p objx9422)
  (p objx9423)
  (p objx9424)
  (p objx9425)
  (p objx9426)
  (p objx9427)
  (p objx9428)
  (p objx9429)
  (p objx9430)
  (p objx9431)
  (p objx9432)
  (p objx9433)
  (p objx9434)
  (p objx9435)
  (p objx9436)
  (p objx9437)
  (p objx9438)
  (p objx9439)
  (p objx9440)
  (p objx9441)
  (p objx9442)
  (p objx9443)
  (p objx9444)
  (p objx9445)
  (p objx9446)
  (p objx9447)
  (p objx9448)
  (p objx9449)
  (p objx9450)
  (p objx9451)
  (p objx9452)
  (p objx9453)
  (p objx9454)
  (p objx9455)
  (p objx9456)
  (p objx9457)
  (p objx9458)
  (p objx9459)
  (p objx9460)
  (p objx9461)
  (p objx9462)
  (p objx9463)
  (p objx9464)
  (p objx9465)
  (p objx9466)
  (p objx9467)
  (p objx9468)
  (p objx9469)
  (p objx9470)
  (p objx9471)
  (p objx9472)
  (p objx9473)
  (p objx9474)
  (p objx9475)
  (p objx9476)
  (p objx9477)
  (p objx9478)
  (p objx9479)
  (p objx9480)
  (p objx9481)
  (p objx9482)
  (p objx9483)
  (p objx9484)
  (p objx9485)
  (p objx9486)
  (p objx9487)
  (p objx9488)
  (p objx9489)
  (p objx9490)
  (p objx9491)
  (p objx9492)
  (p objx9493)
  (p objx9494)
  (p objx9495)
  (p objx9496)
  (p objx9497)
  (p objx9498)
  (p objx9499)
  (p objx9500)
  (p objx9501)
  (p objx9502)
  (p objx9503)
  (p objx9504)
  (p objx9505)
  (p objx9506)
  (p objx9507)
  (p objx9508)
  (p objx9509)
  (p objx9510)
  (p objx9511)
  (p objx9512)
  (p objx9513)
  (p objx9514)
  (p objx9515)
  (p objx9516)
  (p objx9517)
  (p objx9518)
  (p objx9519)
  (p objx9520)
  (p objx9521)
  (p objx9522)
  (p objx9523)
  (p objx9524)
  (p objx9525)
  (p objx9526)
  (p objx9527)
  (p objx9528)
  (p objx9529)
  (p objx9530)
  (p objx9531)
  (p objx9532)
  (p objx9533)
  (p objx9534)
  (p objx9535)
  (p objx9536)
  (p objx9537)
  (p objx9538)
  (p objx9539)
  (p objx9540)
  (p objx9541)
  (p objx9542)
  (p objx9543)
  (p objx9544)
  (p objx9545)
  (p objx9546)
  (p objx9547)
  (p objx9548)
  (p objx9549)
  (p objx9550)
  (p objx9551)
  (p objx9552)
  (p objx9553)
  (p objx9554)
  (p objx9555)
  (p objx9556)
  (p objx9557)
  (p objx9558)
  (p objx9559)
  (p objx9560)
  (p objx9561)
  (p objx9562)
  (p objx9563)
  (p objx9564)
  (p objx9565)
  (p objx9566)
  (p objx9567)
  (p objx9568)
  (p objx9569)
  (p objx9570)
  (p objx9571)
  (p objx9572)
  (p objx9573)
  (p objx9574)
  (p objx9575)
  (p objx9576)
  (p objx9577)
  (p objx9578)
  (p objx9579)
  (p objx9580)
  (p objx9581)
  (p objx9582)
  (p objx9583)
  (p objx9584)
  (p objx9585)
  (p objx9586)
  (p objx9587)
  (p objx9588)
  (p objx9589)
  (p objx9590)
  (p objx9591)
  (p objx9592)
  (p objx9593)
  (p objx9594)
  (p objx9595)
  (p objx9596)
  (p objx9597)
  (p objx9598)
  (p objx9599)
  (p objx9600)
  (p objx9601)
  (p objx9602)
  (p objx9603)
  (p objx9604)
  (p objx9605)
  (p objx9606)
  (p objx9607)
  (p objx9608)
  (p objx9609)
  (p objx9610)
  (p objx9611)
  (p objx9612)
  (p objx9613)
  (p objx9614)
  (p objx9615)
  (p objx9616)
  (p objx9617)
  (p objx9618)
  (p objx9619)
  (p objx9620)
  (p objx9621)
  (p objx9622)
  (p objx9623)
  (p objx9624)
  (p objx9625)
  (p objx9626)
  (p objx9627)
  (p objx9628)
  (p objx9629)
  (p objx9630)
  (p objx9631)
  (p objx9632)
  (p objx9633)
  (p objx9634)
  (p objx9635)
  (p objx9636)
  (p objx9637)
  (p objx9638)
  (p objx9639)
  (p objx9640)
  (p objx9641)
  (p objx9642)
  (p objx9643)
  (p objx9644)
  (p objx9645)
  (p objx9646)
  (p objx9647)
  (p objx9648)
  (p objx9649)
  (p objx9650)
  (p objx9651)
  (p objx9652)
  (p objx9653)
  (p objx9654)
  (p objx9655)
  (p objx9656)
  (p objx9657)
  (p objx9658)
  (p objx9659)
  (p objx9660)
  (p objx9661)
  (p objx9662)
  (p objx9663)
  (p objx9664)
  (p objx9665)
  (p objx9666)
  (p objx9667)
  (p objx9668)
  (p objx9669)
  (p objx9670)
  (p objx9671)
  (p objx9672)
  (p objx9673)
  (p objx9674)
  (p objx9675)
  (p objx9676)
  (p objx9677)
  (p objx9678)
  (p objx9679)
  (p objx9680)
  (p objx9681)
  (p objx9682)
  (p objx9683)
  (p objx9684)
  (p objx9685)
  (p objx9686)
  (p objx9687)
  (p objx9688)
  (p objx9689)
  (p objx9690)
  (p objx9691)
  (p objx9692)
  (p objx9693)
  (p objx9694)
  (p objx9695)
  (p objx9696)
  (p objx9697)
  (p objx9698)
  (p objx9699)
  (p objx9700)
  (p objx9701)
  (p objx9702)
  (p objx9703)
  (p objx9704)
  (p objx9705)
  (p objx9706)
  (p objx9707)
  (p objx9708)
  (p objx9709)
  (p objx9710)
  (p objx9711)
  (p objx9712)
  (p objx9713)
  (p objx9714)
  (p objx9715)
  (p objx9716)
  (p objx9717)
  (p objx9718)
  (p objx9719)
  (p objx9720)
  (p objx9721)
  (p objx9722)
  (p objx9723)
  (p objx9724)
  (p objx9725)
  (p objx9726)
  (p objx9727)
  (p objx9728)
  (p objx9729)
  (p objx9730)
  (p objx9731)
  (p objx9732)
  (p objx9733)
  (p objx9734)
  (p objx9735)
  (p objx9736)
  (p objx9737)
  (p objx9738)
  (p objx9739)
  (p objx9740)
  (p objx9741)
  (p objx9742)
  (p objx9743)
  (p objx9744)
  (p objx9745)
  (p objx9746)
  (p objx9747)
  (p objx9748)
  (p objx9749)
  (p objx9750)
  (p objx9751)
  (p objx9752)
  (p objx9753)
  (p objx9754)
  (p objx9755)
  (p objx9756)
  (p objx9757)
  (p objx9758)
  (p objx9759)
  (p objx9760)
  (p objx9761)
  (p objx9762)
  (p objx9763)
  (p objx9764)
  (p objx9765)
  (p objx9766)
  (p objx9767)
  (p objx9768)
  (p objx9769)
  (p objx9770)
  (p objx9771)
  (p objx9772)
  (p objx9773)
  (p objx9774)
  (p objx9775)
  (p objx9776)
  (p objx9777)
  (p objx9778)
  (p objx9779)
  (p objx9780)
  (p objx9781)
  (p objx9782)
  (p objx9783)
  (p objx9784)
  (p objx9785)
  (p objx9786)
  (p objx9787)
  (p objx9788)
  (p objx9789)
  (p objx9790)
  (p objx9791)
  (p objx9792)
  (p objx9793)
  (p objx9794)
  (p objx9795)
  (p objx9796)
  (p objx9797)
  (p objx9798)
  (p objx9799)
  (p objx9800)
  (p objx9801)
  (p objx9802)
  (p objx9803)
  (p objx9804)
  (p objx9805)
  (p objx9806)
  (p objx9807)
  (p objx9808)
  (p objx9809)
  (p objx9810)
  (p objx9811)
  (p objx9812)
  (p objx9813)
  (p objx9814)
  (p objx9815)
  (p objx9816)
  (p objx9817)
  (p objx9818)
  (p objx9819)
  (p objx9820)
  (p objx9821)
  (p objx9822)
  (p objx9823)
  (p objx9824)
  (p objx9825)
  (p objx9826)
  (p objx9827)
  (p objx9828)
  (p objx9829)
  (p objx9830)
  (p objx9831)
  (p objx9832)
  (p objx9833)
  (p objx9834)
  (p objx9835)
  (p objx9836)
  (p objx9837)
  (p objx9838)
  (p objx9839)
  (p objx9840)
  (p objx9841)
  (p objx9842)
  (p objx9843)
  (p objx9844)
  (p objx9845)
  (p objx9846)
  (p objx9847)
  (p objx9848)
  (p objx9849)
  (p objx9850)
  (p objx9851)
  (p objx9852)
  (p objx9853)
  (p objx9854)
  (p objx9855)
  (p objx9856)
  (p objx9857)
  (p objx9858)
  (p objx9859)
  (p objx9860)
  (p objx9861)
  (p objx9862)
  (p objx9863)
  (p objx9864)
  (p objx9865)
  (p objx9866)
  (p objx9867)
  (p objx9868)
  (p objx9869)
  (p objx9870)
  (p objx9871)
  (p objx9872)
  (p objx9873)
  (p objx9874)
  (p objx9875)
  (p objx9876)
  (p objx9877)
  (p objx9878)
  (p objx9879)
  (p objx9880)
  (p objx9881)
  (p objx9882)
  (p objx9883)
  (p objx9884)
  (p objx9885)
  (p objx9886)
  (p objx9887)
  (p objx9888)
  (p objx9889)
  (p objx9890)
  (p objx9891)
  (p objx9892)
  (p objx9893)
  (p objx9894)
  (p objx9895)
  (p objx9896)
  (p objx9897)
  (p objx9898)
  (p objx9899)
  (p objx9900)
  (p objx9901)
  (p objx9902)
  (p objx9903)
  (p objx9904)
  (p objx9905)
  (p objx9906)
  (p objx9907)
  (p objx9908)
  (p objx9909)
  (p objx9910)
  (p objx9911)
  (p objx9912)
  (p objx9913)
  (p objx9914)
  (p objx9915)
  (p objx9916)
  (p objx9917)
  (p objx9918)
  (p objx9919)
  (p objx9920)
  (p objx9921)
  (p objx9922)
  (p objx9923)
  (p objx9924)
  (p objx9925)
  (p objx9926)
  (p objx9927)
  (p objx9928)
  (p objx9929)
  (p objx9930)
  (p objx9931)
  (p objx9932)
  (p objx9933)
  (p objx9934)
  (p objx9935)
  (p objx9936)
  (p objx9937)
  (p objx9938)
  (p objx9939)
  (p objx9940)
  (p objx9941)
  (p objx9942)
  (p objx9943)
  (p objx9944)
  (p objx9945)
  (p objx9946)
  (p objx9947)
  (p objx9948)
  (p objx9949)
  (p objx9950)
  (p objx9951)
  (p objx9952)
  (p objx9953)
  (p objx9954)
  (p objx9955)
  (p objx9956)
  (p objx9957)
  (p objx9958)
  (p objx9959)
  (p objx9960)
  (p objx9961)
  (p objx9962)
  (p objx9963)
  (p objx9964)
  (p objx9965)
  (p objx9966)
  (p objx9967)
  (p objx9968)
  (p objx9969)
  (p objx9970)
  (p objx9971)
  (p objx9972)
  (p objx9973)
  (p objx9974)
  (p objx9975)
  (p objx9976)
  (p objx9977)
  (p objx9978)
  (p objx9979)
  (p objx9980)
  (p objx9981)
  (p objx9982)
  (p objx9983)
  (p objx9984)
  (p objx9985)
  (p objx9986)
  (p objx9987)
  (p objx9988)
  (p objx9989)
  (p objx9990)
  (p objx9991)
  (p objx9992)
  (p objx9993)
  (p objx9994)
  (p objx9995)
  (p objx9996)
  (p objx9997)
  (p objx9998)
  (p objx9999))))

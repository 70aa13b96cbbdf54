"""Sample Tencent Cloud OCR API 3.0 replies (the `Response` member) for the fake gateway.

Shapes and values follow the vendor's documentation examples (PROTOCOLS.md §5.1); keys are an action
or "action/CardSide". Every box fits the 640×400 test page of tencent_cloud_server.sample_image.
"""

from __future__ import annotations

import json
from typing import Any


def _points(*xy: int) -> list[dict[str, int]]:
    return [{"X": xy[i], "Y": xy[i + 1]} for i in range(0, len(xy), 2)]


def _corners(left: int, top: int, right: int, bottom: int) -> dict[str, dict[str, int]]:
    return {
        "LeftTop": {"X": left, "Y": top},
        "RightTop": {"X": right, "Y": top},
        "RightBottom": {"X": right, "Y": bottom},
        "LeftBottom": {"X": left, "Y": bottom},
    }


def _line(text: str, confidence: int, polygon: list[dict[str, int]], paragraph: int) -> dict[str, Any]:
    xs = [p["X"] for p in polygon]
    ys = [p["Y"] for p in polygon]
    return {
        "DetectedText": text,
        "Confidence": confidence,
        "Polygon": polygon,
        "AdvancedInfo": json.dumps({"Parag": {"ParagNo": paragraph}}),
        "ItemPolygon": {"X": min(xs), "Y": min(ys), "Width": max(xs) - min(xs), "Height": max(ys) - min(ys)},
        "Words": [],
        "WordCoordPoint": [],
    }


SAMPLES: dict[str, dict[str, Any]] = {
    "GeneralBasicOCR": {
        "TextDetections": [
            _line("中华人民共和国居民身份证", 99, _points(-2, 20, 560, 22, 560, 70, -2, 68), 1),
            _line("姓名 张三", 97, _points(40, 100, 250, 100, 250, 140, 40, 140), 2),
            # slightly rotated line: its box is the bounds of the four points
            _line("OCRDesk 2026", 86, _points(300, 210, 598, 200, 601, 248, 302, 258), 3),
            _line("", 10, _points(10, 380, 20, 380, 20, 390, 10, 390), 4),
        ],
        "Language": "zh",
        "Angel": 0.0,
        "Angle": 0.0,
        "PdfPageSize": 0,
    },
    "GeneralHandwritingOCR": {
        "TextDetections": [
            {
                "DetectedText": "今天天气很好",
                "Confidence": 93,
                "Polygon": _points(30, 40, 330, 40, 330, 96, 30, 96),
                "AdvancedInfo": '{"Parag":{"ParagNo":1}}',
                "WordPolygon": [],
            },
            {
                "DetectedText": "我们去公园散步",
                "Confidence": 78,
                "Polygon": _points(30, 120, 380, 118, 381, 170, 31, 172),
                "AdvancedInfo": '{"Parag":{"ParagNo":2}}',
                "WordPolygon": [],
            },
        ],
        "Angel": 0.0,
        "Angle": 0.0,
    },
    "IDCardOCR/FRONT": {
        "Name": "李明",
        "Sex": "男",
        "Nation": "汉",
        "Birth": "1987/1/1",
        "Address": "北京市石景山区高新技术园腾讯大楼",
        "IdNum": "440524198701010014",
        "Authority": "",
        "ValidDate": "",
        "AdvancedInfo": "{}",
        "ReflectDetailInfos": [],
    },
    "IDCardOCR/BACK": {
        "Name": "",
        "Sex": "",
        "Nation": "",
        "Birth": "",
        "Address": "",
        "IdNum": "",
        "Authority": "赣州市公安局",
        "ValidDate": "2010.07.21-2020.07.21",
        "AdvancedInfo": "{}",
        "ReflectDetailInfos": [],
    },
    "BusinessCardOCR": {
        "BusinessCardInfos": [
            {"Name": "姓名", "Value": "王小明", "ItemCoord": {"X": 40, "Y": 30, "Width": 120, "Height": 40}},
            {"Name": "职位", "Value": "产品经理", "ItemCoord": {"X": 40, "Y": 80, "Width": 110, "Height": 30}},
            {
                "Name": "公司",
                "Value": "腾讯科技（深圳）有限公司",
                "ItemCoord": {"X": 40, "Y": 130, "Width": 330, "Height": 32},
            },
            {"Name": "手机", "Value": "13800138000", "ItemCoord": {"X": 40, "Y": 200, "Width": 200, "Height": 28}},
            {"Name": "手机", "Value": "13900139000", "ItemCoord": {"X": 40, "Y": 236, "Width": 200, "Height": 28}},
            {
                "Name": "邮箱",
                "Value": "xiaoming@example.com",
                "ItemCoord": {"X": 40, "Y": 272, "Width": 260, "Height": 28},
            },
            {"Name": "QQ", "Value": "10001", "ItemCoord": {"X": 40, "Y": 308, "Width": 90, "Height": 28}},
        ],
        "RetImageBase64": "",
        "Angle": 0.0,
    },
    "VehicleLicenseOCR/FRONT": {
        "FrontInfo": {
            "PlateNo": "粤B12345",
            "VehicleType": "小型普通客车",
            "Owner": "张三",
            "Address": "广东省深圳市南山区科技中一路腾讯大厦",
            "UseCharacter": "非营运",
            "Model": "大众汽车牌SVW71612BM",
            "Vin": "LSVNV2182E2100000",
            "EngineNo": "123456",
            "RegisterDate": "2014-03-14",
            "IssueDate": "2014-03-14",
            "Seal": "深圳市公安局交通警察支队",
        },
        "BackInfo": None,
        "RecognizeWarnCode": [],
        "RecognizeWarnMsg": [],
        "VehicleLicenseType": "",
    },
    "VehicleLicenseOCR/BACK": {
        "FrontInfo": None,
        "BackInfo": {
            "PlateNo": "粤B12345",
            "FileNo": "440300123456",
            "AllowNum": "5人",
            "TotalMass": "1930kg",
            "CurbWeight": "1430kg",
            "LoadQuality": "",
            "ExternalSize": "4597×1765×1460mm",
            "Marks": "",
            "Record": "检验有效期至2020年03月粤B(00)",
            "TotalQuasiMass": "",
        },
        "RecognizeWarnCode": [],
        "RecognizeWarnMsg": [],
        "VehicleLicenseType": "",
    },
    "DriverLicenseOCR": {
        "Name": "张三",
        "Sex": "男",
        "Nationality": "中国",
        "Address": "广东省深圳市南山区科技中一路腾讯大厦",
        "DateOfBirth": "1990-01-01",
        "DateOfFirstIssue": "2012-06-01",
        "Class": "C1",
        "StartDate": "2018-06-01",
        "EndDate": "2028-06-01",
        "CardCode": "440301199001010011",
        "ArchivesCode": "",
        "Record": "",
        "RecognizeWarnCode": [],
        "RecognizeWarnMsg": [],
        "IssuingAuthority": "广东省深圳市公安局交通警察支队",
        "State": "",
        "CumulativeScore": "",
    },
    "LicensePlateOCR": {
        "Number": "京N0L9U8",
        "Confidence": 99,
        "Rect": {"X": 150, "Y": 200, "Width": 180, "Height": 60},
        "Color": "蓝",
        "LicensePlateInfos": [
            {
                "Number": "京N0L9U8",
                "Confidence": 99,
                "Rect": {"X": 150, "Y": 200, "Width": 180, "Height": 60},
                "Color": "蓝",
                "LicensePlateCategory": "",
            },
            {
                "Number": "粤B12345",
                "Confidence": 87,
                "Rect": {"X": 420, "Y": 300, "Width": 240, "Height": 70},  # runs past the right edge
                "Color": "绿",
                "LicensePlateCategory": "",
            },
        ],
    },
    "BankCardOCR": {
        "CardNo": "6225768888888888",
        "BankInfo": "招商银行(03080000)",
        "ValidDate": "08/2025",
        "CardType": "贷记卡",
        "CardName": "招商银行信用卡",
        "BorderCutImage": None,
        "CardNoImage": None,
        "WarningCode": [],
        "QualityValue": None,
        "CardCategory": "标准实体银行卡",
    },
    "BizLicenseOCR": {
        "RegNum": "91440300708461136T",
        "Name": "腾讯科技（深圳）有限公司",
        "Capital": "人民币6500万元",
        "Person": "马化腾",
        "Address": "深圳市南山区高新区高新南一路飞亚达大厦5-10楼",
        "Business": "计算机软、硬件的设计、技术开发、销售（不含专营、专控、专卖商品及限制项目）",
        "Type": "有限责任公司(台港澳法人独资)",
        "Period": "1998年11月11日至2028年11月11日",
        "ComposingForm": "",
        "SetDate": "1998年11月11日",
        "RecognizeWarnCode": [],
        "RecognizeWarnMsg": [],
        "IsDuplication": 1,
        "RegistrationDate": "2019年01月15日",
        "Angle": 0.0,
        "NationalEmblem": True,
        "QRCode": True,
        "Seal": True,
        "Title": "营业执照",
        "SerialNumber": "",
        "RegistrationAuthority": "",
        "Electronic": False,
        "BusinessCertificate": [],
        "Important": "",
    },
    "VatInvoiceOCR": {
        "VatInvoiceInfos": [
            {"Name": "发票代码", "Value": "044031900111", "Polygon": _corners(470, 20, 600, 40)},
            {"Name": "发票号码", "Value": "12345678", "Polygon": _corners(470, 44, 560, 64)},
            {"Name": "开票日期", "Value": "2020年01月01日", "Polygon": _corners(470, 68, 600, 88)},
            {"Name": "校验码", "Value": "12345 67890 12345 67890", "Polygon": _corners(400, 92, 620, 110)},
            {"Name": "购买方名称", "Value": "腾讯科技（深圳）有限公司", "Polygon": _corners(90, 120, 330, 140)},
            {"Name": "购买方识别号", "Value": "91440300708461136T", "Polygon": _corners(90, 144, 300, 162)},
            {"Name": "合计金额", "Value": "¥100.00", "Polygon": _corners(400, 260, 480, 280)},
            {"Name": "合计税额", "Value": "¥6.00", "Polygon": _corners(540, 260, 600, 280)},
            {"Name": "价税合计(大写)", "Value": "壹佰零陆圆整", "Polygon": _corners(150, 290, 330, 310)},
            {"Name": "小写金额", "Value": "¥106.00", "Polygon": _corners(480, 290, 580, 310)},
            {"Name": "销售方名称", "Value": "深圳市示例科技有限公司", "Polygon": _corners(90, 320, 330, 340)},
            {"Name": "发票消费类型", "Value": "服务", "Polygon": _corners(0, 0, 0, 0)},
            {"Name": "备注", "Value": "", "Polygon": _corners(400, 320, 620, 380)},
            {
                "Name": "（购买方地址、电话）",
                "Value": "深圳市南山区 0755-86013388",
                "Polygon": _corners(90, 166, 330, 184),
            },
            {"Name": "联次名称", "Value": "发票联", "Polygon": _corners(250, 20, 330, 40)},
        ],
        # SDK VatInvoiceItem; LineNo "" on the second: numbered by position
        "Items": [
            {
                "LineNo": "1",
                "Name": "*信息技术服务*软件服务费",
                "Spec": "",
                "Unit": "",
                "Quantity": "1",
                "UnitPrice": "100.00",
                "AmountWithoutTax": "100.00",
                "TaxRate": "6%",
                "TaxAmount": "6.00",
                "TaxClassifyCode": "",
                "VehicleType": "",
                "VehicleBrand": "",
                "DeparturePlace": "",
                "ArrivalPlace": "",
                "TransportItemsName": "",
                "ConstructionPlace": "",
                "ConstructionName": "",
            },
            {"LineNo": "", "Name": "*现代服务*咨询费", "AmountWithoutTax": "0.00"},
        ],
        "PdfPageSize": 0,
        "Angle": 0.0,
    },
    "PassportOCR": {
        "Country": "CHN",
        "PassportNo": "E12345678",
        "Sex": "男/M",
        "Nationality": "中国/CHINESE",
        "BirthDate": "01 JAN 1990",
        "BirthPlace": "广东/GUANGDONG",
        "IssueDate": "01 JAN 2018",
        "IssuePlace": "广东/GUANGDONG",
        "ExpiryDate": "31 DEC 2027",
        "Attention": "",
        "Signature": "",
        "CodeSet": "POCHNZHANG<<SAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
        "CodeCrc": "E123456784CHN9001011M2712315NGKELNOA<<<<A942",
        "Name": "ZHANG SAN",
        "FamilyName": "ZHANG",
        "FirstName": "SAN",
    },
    # SDK MLIDPassportOCRResponse; Warn and AdvancedInfo are deprecated (fixed [] and "1")
    "MLIDPassportOCR": {
        "ID": "A12345678",
        "Name": "SMITH JOHN",
        "DateOfBirth": "1985-04-12",
        "Sex": "M",
        "DateOfExpiration": "2031-04-11",
        "IssuingCountry": "GBR",
        "Nationality": "GBR",
        "Warn": [],
        "Image": "",
        "AdvancedInfo": "1",
        "CodeSet": "P<GBRSMITH<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<",
        "CodeCrc": "A123456784GBR8504121M3104115<<<<<<<<<<<<<<04",
        "Surname": "SMITH",
        "GivenName": "JOHN",
        "Type": "P",
        "PassportRecognizeInfos": None,
        "WarnCardInfos": [],
        "CardCount": None,
    },
}

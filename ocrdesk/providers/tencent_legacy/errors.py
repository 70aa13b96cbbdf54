"""The legacy API's error codes: every code in its documents, with English and Chinese text."""

from __future__ import annotations

from ocrdesk.errors import ErrorKind, ProviderError
from ocrdesk.providers.cloud.http import ErrorEntry, vendor_error
from ocrdesk.providers.cloud.normalize import to_number

_E = ErrorEntry
K = ErrorKind

# Every code in seed 002, the per-endpoint doc pages (idcard, businesscard V2, drivinglicence, plate, bankcard,
# bizlicense, general, handwriting) and the error list PROTOCOLS.md §1.6 gathered from Django_OCR.
ERRORS: dict[str, ErrorEntry] = {
    "3": _E(K.BAD_REQUEST, "Bad request", "错误的请求"),
    "4": _E(K.AUTH, "Signature is empty", "签名为空"),
    "5": _E(K.AUTH, "Malformed signature", "签名串错误"),
    "6": _E(K.AUTH, "AppID/bucket in the signature do not match the request", "签名中的appid/bucket与操作目标不匹配"),
    "7": _E(K.SERVER, "Signature encoding failed (internal error)", "签名编码失败（内部错误）"),
    "8": _E(K.AUTH, "Signature could not be decoded", "签名解码失败"),
    "9": _E(K.EXPIRED, "Signature expired (check the computer's clock)", "签名过期（请检查系统时间）"),
    "10": _E(K.AUTH, "AppID does not exist", "appid不存在"),
    "11": _E(K.AUTH, "SecretId does not exist", "secretid不存在"),
    "12": _E(K.AUTH, "AppID and SecretId do not match", "appid和secretid不匹配"),
    "13": _E(K.AUTH, "Replayed signature rejected", "重放攻击"),
    "14": _E(K.AUTH, "Signature check failed: check the SecretKey", "签名校验失败"),
    "15": _E(K.RATE_LIMIT, "Too many requests: rate limit reached", "操作太频繁，触发频控"),
    "16": _E(K.AUTH, "Bucket does not exist: check the bucket setting", "Bucket不存在"),
    "17": _E(K.BAD_REQUEST, "Image URL is empty", "url为空"),
    "18": _E(K.BAD_REQUEST, "No image or URL in the request", "没有图片或url"),
    "19": _E(K.BAD_REQUEST, "Too many images in one request (at most 20)", "图片数过多"),
    "20": _E(K.IMAGE_TOO_LARGE, "Image too large (at most 1 MB per file)", "图片过大，单个文件最大支持1MB"),
    "21": _E(K.BAD_REQUEST, "Invalid parameter", "无效参数"),
    "23": _E(K.IMAGE_TOO_LARGE, "Request body too large (at most 6 MB)", "请求包体过大"),
    "24": _E(K.AUTH, "No permission for this service", "没有权限"),
    "25": _E(K.QUOTA, "The purchased resources are used up", "您购买的资源已用完"),
    "107": _E(K.SERVER, "Authentication service internal error", "鉴权服务内部错误"),
    "108": _E(K.SERVER, "Authentication service unavailable", "鉴权服务不可用"),
    "200": _E(K.SERVER, "Internal packing error", "内部打包失败"),
    "201": _E(K.SERVER, "Internal unpacking error", "内部解包失败"),
    "202": _E(K.SERVER, "Internal connection error", "内部链接失败"),
    "203": _E(K.SERVER, "Internal processing timed out", "内部处理超时"),
    "213": _E(K.SERVER, "Internal error", "内部错误"),
    "-1102": _E(K.IMAGE_INVALID, "Image could not be decoded", "图片解码失败"),
    "-1300": _E(K.IMAGE_INVALID, "Image is empty", "图片为空"),
    "-1301": _E(K.BAD_REQUEST, "A parameter is empty", "参数为空"),
    "-1304": _E(K.BAD_REQUEST, "A parameter is too long", "参数过长"),
    "-1308": _E(K.IMAGE_INVALID, "Image download failed", "图片下载失败"),
    "-5101": _E(K.IMAGE_INVALID, "The photo is empty", "OCR照片为空"),
    "-5103": _E(K.NOT_DETECTED, "Recognition failed", "OCR识别失败"),
    "-5106": _E(K.NOT_DETECTED, "ID card border incomplete", "身份证边框不完整"),
    "-5107": _E(K.NOT_DETECTED, "The image is not an ID card", "输入图片不是身份证"),
    "-5108": _E(K.NOT_DETECTED, "ID card information is not valid", "身份证信息不合规范"),
    "-5109": _E(K.IMAGE_INVALID, "The photo is blurred", "照片模糊"),
    "-5201": _E(K.NOT_DETECTED, "Not enough text on the business card", "名片无足够的文本"),
    "-5202": _E(K.NOT_DETECTED, "Business card text lines are tilted too much", "名片文本行倾斜角度太大"),
    "-5203": _E(K.IMAGE_INVALID, "The business card is blurred", "名片模糊"),
    "-5204": _E(K.NOT_DETECTED, "Name on the business card not recognised", "名片姓名识别失败"),
    "-5205": _E(K.NOT_DETECTED, "Phone number on the business card not recognised", "名片电话识别失败"),
    "-5206": _E(K.NOT_DETECTED, "The image is not a business card", "上传图像不是名片"),
    "-5207": _E(K.NOT_DETECTED, "Detection or recognition failed", "检测或者识别失败"),
    "-5208": _E(K.SERVER, "OCR service internal error", "服务器内部错误"),
    "-5806": _E(K.NOT_DETECTED, "ID number or name has an invalid format", "身份证号码或姓名格式错误"),
    "-7001": _E(K.NOT_DETECTED, "No ID card detected: align it with the frame", "未检测到身份证，请对准边框"),
    "-7002": _E(K.NOT_DETECTED, "Use a second-generation ID card", "请使用第二代身份证件进行扫描"),
    "-7003": _E(K.NOT_DETECTED, "Not the ID card front (the side with the photo)", "不是身份证正面照片"),
    "-7004": _E(K.NOT_DETECTED, "Not the ID card back (the side with the emblem)", "不是身份证反面照片"),
    "-7005": _E(K.IMAGE_INVALID, "The card image is not sharp enough", "确保扫描证件图像清晰"),
    "-7006": _E(K.IMAGE_INVALID, "Glare on the card: avoid direct light", "请避开灯光直射在证件表面"),
    "-9001": _E(K.BAD_REQUEST, "Invalid licence type parameter", "请求 type 错误"),
    "-9002": _E(K.NOT_DETECTED, "Recognition failed", "OCR识别失败"),
    "-9003": _E(K.NOT_DETECTED, "Recognition failed", "OCR识别失败"),
    "-9005": _E(K.IMAGE_INVALID, "Invalid image", "图片无效"),
    "-9006": _E(K.NOT_DETECTED, "Pre-processing failed", "预处理失败"),
    "-9010": _E(K.NOT_DETECTED, "Bank card pre-processing failed", "银行卡OCR预处理错误"),
    "-9011": _E(K.NOT_DETECTED, "Recognition failed", "识别失败"),
    "-9100": _E(K.NOT_DETECTED, "Invalid date on the ID card", "身份证日期不合法"),
    "-9101": _E(K.NOT_DETECTED, "ID card border incomplete", "身份证边框不完整"),
    "-9501": _E(K.NOT_DETECTED, "Business licence pre-processing failed", "营业执照OCR预处理失败"),
    "-9502": _E(K.NOT_DETECTED, "Business licence recognition failed", "营业执照OCR识别失败"),
    "-9702": _E(K.NOT_DETECTED, "Licence plate recognition failed", "车牌识别失败"),
}
# Code 3 with this message means the account is in arrears (doc: "account abnormal,errorno is:2 为账号欠费停服").
ARREARS = _E(K.QUOTA, "Account in arrears: the service is suspended", "账号欠费停服")


def legacy_error(vendor: str, code: str, message: object) -> ProviderError:
    if code == "3" and "errornois:2" in str(message or "").replace("：", ":").replace(" ", "").lower():
        return vendor_error(vendor, code, message, {"3": ARREARS})
    numeric = to_number(code)
    # unknown -5xxx/-7xxx/-9xxx are recognition outcomes; anything else reads as a rejected request
    default = K.NOT_DETECTED if numeric is not None and numeric <= -5000 else K.BAD_REQUEST
    return vendor_error(vendor, code, message, ERRORS, default_kind=default)
